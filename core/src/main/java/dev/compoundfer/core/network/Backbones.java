package dev.compoundfer.core.network;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import java.util.List;

/**
 * The feature extractors by name: backbone plus the reference head, {@code (N, C, H, W) -> (N, 32)}, as
 * {@link FeatureStages}.
 *
 * <p>{@code small} (four 3x3 conv-BN-ReLU stages {@code conv2 .. conv5} of 16..128 filters, trains in minutes on
 * two CPU cores); {@code small-flat}, the same stages after a parameterless {@code standardise} stage
 * ({@link Standardise}: per-image zero mean, unit variance) with a head that flattens the last {@code (128, H/8,
 * W/8)} feature map instead of pooling it globally, so the dense layers see where on the face a feature fired
 * (docs/benchmarks.md, "Synthetic dataset calibration"); and the ResNets {@code resnet18, resnet34, resnet50} (original) and {@code resnet18v2,
 * resnet34v2, resnet50v2} (pre-activation, the reference's family). Any input size, except for {@code small-flat}:
 * its first dense layer's width depends on the flattened map, so a {@code small-flat} network only supports the
 * image size it was initialised with (the configured size, which ExpressionModel's descriptor carries).
 */
public final class Backbones {

  /** Dropout before each dense layer of the head (reference: 0.2). */
  static final float HEAD_DROPOUT = 0.2f;

  /** {@code small-flat}'s head has none (see {@link #flatHead()}). */
  static final float FLAT_HEAD_DROPOUT = 0f;

  /** All backbone names, the default first. */
  public static final List<String> NAMES =
      List.of("small", "small-flat", "resnet18", "resnet34", "resnet50", "resnet18v2", "resnet34v2", "resnet50v2");

  private Backbones() {}

  /** Whether {@code backbone} names a known backbone. */
  public static boolean isKnown(String backbone) {
    return NAMES.contains(backbone);
  }

  /** The features block (named stages, then the head) for a backbone name. */
  public static SequentialBlock features(String backbone) {
    if (!isKnown(backbone)) {
      throw new IllegalArgumentException("Unknown backbone '" + backbone + "'; known: " + NAMES);
    }
    if (ResNets.knows(backbone)) {
      return ResNets.features(backbone, head());
    }
    boolean flat = backbone.equals("small-flat");
    FeatureStages block = new FeatureStages();
    if (flat) {
      block.addStage("standardise", new Standardise());
    }
    int[] widths = {16, 32, 64, 128};
    for (int i = 0; i < widths.length; i++) {
      block.addStage("conv" + (i + 2), convBlock(widths[i], i < widths.length - 1));
    }
    return block.addStage(FeatureStages.HEAD, flat ? flatHead() : head());
  }

  /** conv 3x3 - BN - ReLU [- max pool 2x2]: {@code (N, C, H, W) -> (N, width, H/2, W/2)}. */
  private static SequentialBlock convBlock(int width, boolean pool) {
    SequentialBlock block =
        new SequentialBlock()
            .add(
                Conv2d.builder()
                    .setKernelShape(new Shape(3, 3))
                    .optPadding(new Shape(1, 1))
                    .setFilters(width)
                    .build())
            .add(BatchNorm.builder().build())
            .add(Activation.reluBlock());
    if (pool) {
      block.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
    }
    return block;
  }

  /** The reference head (method.md §1.1): global max pool, dropout, 512 sigmoid, dropout, 32 sigmoid, dropout. */
  static SequentialBlock head() {
    return denseHead(new SequentialBlock().add(Pool.globalMaxPool2dBlock()));
  }

  /**
   * The reference head without its global pool and without dropout: flatten, 512 sigmoid, 32 sigmoid. Trained from
   * scratch on a few thousand images, the reference's dropout 0.2 mostly slows learning (docs/benchmarks.md,
   * "Synthetic dataset calibration"); augmentation and early stopping still guard against over-fitting.
   */
  static SequentialBlock flatHead() {
    return denseHead(new SequentialBlock(), FLAT_HEAD_DROPOUT);
  }

  private static SequentialBlock denseHead(SequentialBlock start) {
    return denseHead(start, HEAD_DROPOUT);
  }

  private static SequentialBlock denseHead(SequentialBlock start, float dropout) {
    start.add(Blocks.batchFlattenBlock());
    dropout(start, dropout);
    start.add(Linear.builder().setUnits(512).build()).add(Activation.sigmoidBlock());
    dropout(start, dropout);
    start.add(Linear.builder().setUnits(32).build()).add(Activation.sigmoidBlock());
    dropout(start, dropout);
    return start;
  }

  private static void dropout(SequentialBlock block, float rate) {
    if (rate > 0) {
      block.add(Dropout.builder().optRate(rate).build());
    }
  }
}
