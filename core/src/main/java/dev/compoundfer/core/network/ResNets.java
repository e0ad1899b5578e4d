package dev.compoundfer.core.network;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;
import java.util.Map;

/**
 * ResNet-18/34/50 features, original ({@code resnetNN}, torchvision layout) and pre-activation ({@code resnetNNv2},
 * Keras ResNetV2 layout as in the reference): {@code (N, C, H, W) -> (N, 512 or 2048, H/32, W/32)} in five named
 * stages, then the reference head.
 *
 * <p>Stages: {@code stem} (7x7/2 convolution, 3x3/2 max pool), {@code conv2 .. conv5} (64, 128, 256, 512 filters),
 * and for v2 {@code post} (BatchNorm and ReLU: Keras' {@code post_bn}/{@code post_relu}, Grad-CAM's target). v1
 * strides the first unit of conv3..conv5 (torchvision); v2 strides the last unit of conv2..conv4 (Keras
 * {@code stack2}). Padding is zero for convolutions and -inf for max pooling (Keras pads the stem pool with zeros).
 */
final class ResNets {

  /** Units per stage (conv2..conv5) and unit kind of one depth. */
  private record Depth(int[] units, boolean bottleneck) {}

  private static final Map<String, Depth> DEPTHS =
      Map.of(
          "resnet18", new Depth(new int[] {2, 2, 2, 2}, false),
          "resnet34", new Depth(new int[] {3, 4, 6, 3}, false),
          "resnet50", new Depth(new int[] {3, 4, 6, 3}, true));

  private static final int[] FILTERS = {64, 128, 256, 512};

  private ResNets() {}

  /** Whether {@code name} is one of the six ResNet names. */
  static boolean knows(String name) {
    return DEPTHS.containsKey(depthName(name));
  }

  /** The stages of a ResNet by name, followed by the given head. */
  static FeatureStages features(String name, Block head) {
    Depth depth = DEPTHS.get(depthName(name));
    if (depth == null) {
      throw new IllegalArgumentException("Unknown ResNet '" + name + "'");
    }
    boolean v2 = name.endsWith("v2");
    FeatureStages stages = new FeatureStages().addStage("stem", stem(v2));
    int channels = 64;
    for (int s = 0; s < FILTERS.length; s++) {
      SequentialBlock stage = new SequentialBlock();
      int out = depth.bottleneck() ? 4 * FILTERS[s] : FILTERS[s];
      for (int u = 0; u < depth.units()[s]; u++) {
        int in = u == 0 ? channels : out;
        stage.add(unit(v2, depth, s, u, in));
      }
      channels = out;
      stages.addStage("conv" + (s + 2), stage);
    }
    if (v2) {
      stages.addStage(
          "post", new SequentialBlock().add(ResidualUnits.bn()).add(Activation.reluBlock()));
    }
    return stages.addStage(FeatureStages.HEAD, head);
  }

  private static Block unit(boolean v2, Depth depth, int stage, int index, int in) {
    int filters = FILTERS[stage];
    int out = depth.bottleneck() ? 4 * filters : filters;
    if (v2) {
      boolean last = index == depth.units()[stage] - 1;
      int stride = last && stage < FILTERS.length - 1 ? 2 : 1;
      // Keras gives every first bottleneck unit a projection; basic units need one only when channels change.
      boolean projection = index == 0 && (depth.bottleneck() || in != out);
      return ResidualUnits.preActivation(filters, stride, depth.bottleneck(), projection);
    }
    int stride = index == 0 && stage > 0 ? 2 : 1;
    return ResidualUnits.original(filters, stride, depth.bottleneck(), stride != 1 || in != out);
  }

  /** v1: conv-BN-ReLU then pool; v2: conv with bias then pool (pre-activation starts in the first unit). */
  private static SequentialBlock stem(boolean v2) {
    SequentialBlock stem = new SequentialBlock().add(ResidualUnits.conv(64, 7, 2, v2));
    if (!v2) {
      stem.add(ResidualUnits.bn()).add(Activation.reluBlock());
    }
    return stem.add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1)));
  }

  private static String depthName(String name) {
    return name.endsWith("v2") ? name.substring(0, name.length() - 2) : name;
  }
}
