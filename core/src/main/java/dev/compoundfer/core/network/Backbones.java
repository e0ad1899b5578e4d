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

/** The feature extractors by name: backbone plus the reference head, {@code (N, C, H, W) -> (N, 32)}. */
public final class Backbones {

  /** Dropout before each dense layer of the head (reference: 0.2). */
  static final float HEAD_DROPOUT = 0.2f;

  private Backbones() {}

  /** The features block for a backbone name; only {@code "small"} exists for now. */
  public static SequentialBlock features(String backbone) {
    if (!"small".equals(backbone)) {
      throw new IllegalArgumentException("Unknown backbone '" + backbone + "'; known: small");
    }
    SequentialBlock block = new SequentialBlock();
    int[] widths = {16, 32, 64, 128};
    for (int i = 0; i < widths.length; i++) {
      block.add(convBlock(widths[i], i < widths.length - 1));
    }
    return block.add(head());
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
  private static SequentialBlock head() {
    return new SequentialBlock()
        .add(Pool.globalMaxPool2dBlock())
        .add(Blocks.batchFlattenBlock())
        .add(Dropout.builder().optRate(HEAD_DROPOUT).build())
        .add(Linear.builder().setUnits(512).build())
        .add(Activation.sigmoidBlock())
        .add(Dropout.builder().optRate(HEAD_DROPOUT).build())
        .add(Linear.builder().setUnits(32).build())
        .add(Activation.sigmoidBlock())
        .add(Dropout.builder().optRate(HEAD_DROPOUT).build());
  }
}
