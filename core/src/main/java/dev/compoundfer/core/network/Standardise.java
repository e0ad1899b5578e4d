package dev.compoundfer.core.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Per-image standardisation {@code (N, C, H, W) -> (N, C, H, W)}: each image minus its mean over {@code C, H, W},
 * divided by its standard deviation ({@code sqrt(var + 1e-10)}). No parameters; the output does not change when an
 * image {@code x} becomes {@code a * x + b} ({@code a > 0}), so brightness and contrast drop out.
 */
public final class Standardise extends AbstractBlock {

  private static final byte VERSION = 1;
  private static final float EPSILON = 1e-10f;

  public Standardise() {
    super(VERSION);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    // PyTorch's mean takes one axis: standardise the images as rows of (N, C * H * W).
    NDArray flat = x.reshape(new Shape(x.getShape().get(0), -1));
    int[] axis = {1};
    NDArray centred = flat.sub(flat.mean(axis, true));
    NDArray sd = centred.square().mean(axis, true).add(EPSILON).sqrt();
    return new NDList(centred.div(sd).reshape(x.getShape()));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
