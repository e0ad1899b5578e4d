package dev.compoundfer.core.network;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import java.util.List;

/**
 * Residual units {@code (N, C, H, W) -> (N, out, H/stride, W/stride)}: the original ones (torchvision ResNet v1.5:
 * convolutions, then BatchNorm and ReLU after the sum) and the pre-activation ones (Keras ResNetV2: BatchNorm and
 * ReLU before the convolutions, nothing after the sum).
 */
final class ResidualUnits {

  private ResidualUnits() {}

  /** Original unit; basic: 3x3-3x3 ({@code out = filters}), bottleneck: 1x1-3x3-1x1 ({@code out = 4 filters}). */
  static Block original(int filters, int stride, boolean bottleneck, boolean projection) {
    int out = bottleneck ? 4 * filters : filters;
    SequentialBlock main = new SequentialBlock();
    if (bottleneck) {
      main.add(conv(filters, 1, 1, false)).add(bn()).add(Activation.reluBlock());
    }
    main.add(conv(filters, 3, stride, false)).add(bn()).add(Activation.reluBlock());
    main.add(conv(out, bottleneck ? 1 : 3, 1, false)).add(bn());
    Block shortcut =
        projection
            ? new SequentialBlock().add(conv(out, 1, stride, false)).add(bn())
            : Blocks.identityBlock();
    return new SequentialBlock().add(sum(main, shortcut)).add(Activation.reluBlock());
  }

  /**
   * Pre-activation unit as Keras' {@code block2}: {@code preact = ReLU(BN(x))}; with a projection the shortcut is a
   * 1x1 convolution of {@code preact}, otherwise {@code x} itself (max-pooled 1x1 when strided). The stride sits on
   * the 3x3 convolution; the last convolution has a bias because no BatchNorm follows it.
   */
  static Block preActivation(int filters, int stride, boolean bottleneck, boolean projection) {
    int out = bottleneck ? 4 * filters : filters;
    SequentialBlock main = new SequentialBlock();
    if (bottleneck) {
      main.add(conv(filters, 1, 1, false)).add(bn()).add(Activation.reluBlock());
    }
    main.add(conv(filters, 3, stride, false)).add(bn()).add(Activation.reluBlock());
    main.add(conv(out, bottleneck ? 1 : 3, 1, true));
    if (projection) {
      return new SequentialBlock()
          .add(bn())
          .add(Activation.reluBlock())
          .add(sum(main, conv(out, 1, stride, true)));
    }
    Block shortcut =
        stride > 1 ? Pool.maxPool2dBlock(new Shape(1, 1), new Shape(stride, stride)) : Blocks.identityBlock();
    SequentialBlock preactivated = new SequentialBlock().add(bn()).add(Activation.reluBlock()).add(main);
    return sum(preactivated, shortcut);
  }

  /** Convolution {@code size x size} with "same" padding. */
  static Conv2d conv(int filters, int size, int stride, boolean bias) {
    return Conv2d.builder()
        .setFilters(filters)
        .setKernelShape(new Shape(size, size))
        .optStride(new Shape(stride, stride))
        .optPadding(new Shape(size / 2, size / 2))
        .optBias(bias)
        .build();
  }

  static BatchNorm bn() {
    return BatchNorm.builder().build();
  }

  private static ParallelBlock sum(Block main, Block shortcut) {
    return new ParallelBlock(
        outputs ->
            new NDList(outputs.get(0).singletonOrThrow().add(outputs.get(1).singletonOrThrow())),
        List.of(main, shortcut));
  }
}
