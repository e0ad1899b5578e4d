package dev.compoundfer.core.network;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A pretrained TorchScript module used as a fixed feature extractor, {@code (N, C, H, W) -> (N, K, h, w)}: it always
 * runs in inference mode and its parameters never train, whatever {@link Freezing} says.
 */
public final class TorchScriptFeatures extends AbstractBlock {

  private static final byte VERSION = 1;

  private final Block module;

  /** Wraps a loaded TorchScript module (DJL's {@code PtSymbolBlock}). */
  public TorchScriptFeatures(Block module) {
    super(VERSION);
    this.module = addChildBlock("module", module);
    module.freezeParameters(true);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    return module.forward(store, inputs, false, params);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return module.getOutputShapes(inputShapes);
  }

  /** The module arrives with its weights; there is nothing to initialise. */
  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {}
}
