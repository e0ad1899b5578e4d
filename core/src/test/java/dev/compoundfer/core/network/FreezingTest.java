package dev.compoundfer.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import dev.compoundfer.core.training.CrossEntropy;
import dev.compoundfer.core.training.NetworkSession;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreezingTest {

  private static final int SIZE = 32;

  @Test
  void fromConv5WithFrozenBatchNormKeepsEarlierStagesAndAllBatchNormsOfResNet18v2() {
    try (NetworkSession session = session("resnet18v2", 3)) {
      new Freezing(Freezing.Level.FROM_CONV5, true).applyTo(session.network());
      Map<String, byte[]> before = stageBytes(session.network());
      Block conv5 = stages(session).stage("conv5");
      Map<Parameter.Type, float[]> bnBefore = firstBatchNorm(conv5);
      float[] convBefore = firstWeight(conv5);

      oneAdamStep(session);

      Map<String, byte[]> after = stageBytes(session.network());
      // post is BatchNorm and ReLU only, so frozen BatchNorm keeps it too.
      for (String frozen : new String[] {"stem", "conv2", "conv3", "conv4", "post"}) {
        assertArrayEquals(before.get(frozen), after.get(frozen), frozen + " frozen");
      }
      for (String trained : new String[] {"conv5", "head", "classifier"}) {
        assertFalse(Arrays.equals(before.get(trained), after.get(trained)), trained + " trained");
      }
      Map<Parameter.Type, float[]> bnAfter = firstBatchNorm(conv5);
      for (Parameter.Type type : bnBefore.keySet()) {
        assertArrayEquals(bnBefore.get(type), bnAfter.get(type), "conv5 BatchNorm " + type);
      }
      assertFalse(Arrays.equals(convBefore, firstWeight(conv5)), "conv5 convolution trained");
    }
  }

  @Test
  void headOnlyKeepsTheWholeBackbone() {
    try (NetworkSession session = session("small", 1)) {
      new Freezing(Freezing.Level.HEAD_ONLY, false).applyTo(session.network());
      Map<String, byte[]> before = stageBytes(session.network());

      oneAdamStep(session);

      Map<String, byte[]> after = stageBytes(session.network());
      for (String frozen : new String[] {"conv2", "conv3", "conv4", "conv5"}) {
        assertArrayEquals(before.get(frozen), after.get(frozen), frozen + " frozen");
      }
      assertFalse(Arrays.equals(before.get("head"), after.get("head")), "head trained");
    }
  }

  @Test
  void fromConv4WithoutFrozenBatchNormLetsTrainableStagesMoveTheirStatistics() {
    try (NetworkSession session = session("small", 1)) {
      new Freezing(Freezing.Level.FROM_CONV4, false).applyTo(session.network());
      Map<String, byte[]> before = stageBytes(session.network());
      float[] meanBefore = firstBatchNorm(stages(session).stage("conv4")).get(Parameter.Type.RUNNING_MEAN);

      oneAdamStep(session);

      Map<String, byte[]> after = stageBytes(session.network());
      assertArrayEquals(before.get("conv2"), after.get("conv2"), "conv2 frozen");
      assertArrayEquals(before.get("conv3"), after.get("conv3"), "conv3 frozen");
      float[] meanAfter = firstBatchNorm(stages(session).stage("conv4")).get(Parameter.Type.RUNNING_MEAN);
      assertFalse(Arrays.equals(meanBefore, meanAfter), "conv4 moving mean follows the batch");
      assertEquals(Set.of("conv2", "conv3"), stages(session).inferenceStages());
    }
  }

  @Test
  void aLevelNeedsItsStage() {
    try (NetworkSession session =
        new NetworkSession("small", ExpressionNetwork.create("small", 3, 1L), 1, 16, "cpu")) {
      Freezing fromConv4 = new Freezing(Freezing.Level.FROM_CONV4, true);
      fromConv4.applyTo(session.network());

      assertEquals(
          Set.of("conv2", "conv3", "conv4", "conv5"),
          stages(session).inferenceStages(),
          "small: all stages but the head run in inference mode");
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new Freezing(Freezing.Level.FROM_CONV4, false)
                  .applyTo(
                      new ExpressionNetwork(
                          new FeatureStages().addStage("head", Backbones.head()),
                          new ClassifierBlock(2, 1L))));
    }
  }

  private static NetworkSession session(String backbone, int channels) {
    return new NetworkSession("freezing", ExpressionNetwork.create(backbone, 3, 1L), channels, SIZE, "cpu");
  }

  /** Two images (BatchNorm needs more than one value per channel at conv5's 1x1 map in training). */
  private static void oneAdamStep(NetworkSession session) {
    Random random = new Random(7);
    float[] pixels = new float[2 * session.channels() * SIZE * SIZE];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = random.nextFloat();
    }
    session.startTraining(1e-2);
    session.trainStep(pixels, new int[] {0, 2}, new CrossEntropy());
  }

  private static FeatureStages stages(NetworkSession session) {
    return (FeatureStages) session.network().features();
  }

  private static Map<String, byte[]> stageBytes(ExpressionNetwork network) {
    FeatureStages stages = (FeatureStages) network.features();
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (String name : stages.stageNames()) {
      bytes.put(name, bytesOf(stages.stage(name)));
    }
    bytes.put("classifier", bytesOf(network.classifier()));
    return bytes;
  }

  private static byte[] bytesOf(Block block) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(out)) {
      block.saveParameters(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Map<Parameter.Type, float[]> firstBatchNorm(Block block) {
    if (block instanceof BatchNorm) {
      Map<Parameter.Type, float[]> values = new LinkedHashMap<>();
      block.getParameters().values().forEach(p -> values.put(p.getType(), p.getArray().toFloatArray()));
      return values;
    }
    for (Block child : block.getChildren().values()) {
      Map<Parameter.Type, float[]> found = firstBatchNorm(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static float[] firstWeight(Block block) {
    return block.getParameters().values().stream()
        .filter(p -> p.getType() == Parameter.Type.WEIGHT)
        .findFirst()
        .orElseThrow()
        .getArray()
        .toFloatArray();
  }
}
