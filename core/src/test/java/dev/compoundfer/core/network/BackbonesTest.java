package dev.compoundfer.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import dev.compoundfer.core.training.NetworkSession;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackbonesTest {

  @ParameterizedTest
  @CsvSource({
    "resnet18, 512", "resnet34, 512", "resnet50, 2048",
    "resnet18v2, 512", "resnet34v2, 512", "resnet50v2, 2048"
  })
  void resNetsDownsampleByThirtyTwoForAnyInputSizeAndEndInThirtyTwoFeatures(String name, long channels) {
    FeatureStages features = (FeatureStages) Backbones.features(name);

    Shape conv5At64 = outputOf(features, "conv5", new Shape(2, 3, 64, 64));
    Shape conv5At24 = outputOf(features, "conv5", new Shape(1, 1, 24, 24));
    Shape out = features.getOutputShapes(new Shape[] {new Shape(1, 3, 48, 40)})[0];

    assertEquals(new Shape(2, channels, 2, 2), conv5At64);
    assertEquals(new Shape(1, channels, 1, 1), conv5At24, "24 px still reaches conv5");
    assertEquals(new Shape(1, 32), out);
  }

  @Test
  void resNetStagesAreNamedForFreezing() {
    List<String> v1 = ((FeatureStages) Backbones.features("resnet34")).stageNames();
    List<String> v2 = ((FeatureStages) Backbones.features("resnet34v2")).stageNames();

    assertEquals(List.of("stem", "conv2", "conv3", "conv4", "conv5", "head"), v1);
    assertEquals(List.of("stem", "conv2", "conv3", "conv4", "conv5", "post", "head"), v2);
  }

  @Test
  void preActivationUnitsStartWithBatchNormAndOriginalUnitsWithAConvolution() {
    FeatureStages v1 = (FeatureStages) Backbones.features("resnet50");
    FeatureStages v2 = (FeatureStages) Backbones.features("resnet50v2");

    for (String stage : List.of("conv2", "conv3", "conv4", "conv5")) {
      for (Block unit : v2.stage(stage).getChildren().values()) {
        assertInstanceOf(BatchNorm.class, firstLeaf(unit), "v2 " + stage);
      }
      for (Block unit : v1.stage(stage).getChildren().values()) {
        assertInstanceOf(Conv2d.class, firstLeaf(unit), "v1 " + stage);
      }
    }
  }

  @Test
  void unitCountsFollowTheDepth() {
    int[] expected18 = {2, 2, 2, 2};
    int[] expected50 = {3, 4, 6, 3};
    FeatureStages r18 = (FeatureStages) Backbones.features("resnet18v2");
    FeatureStages r50 = (FeatureStages) Backbones.features("resnet50");

    for (int s = 0; s < 4; s++) {
      assertEquals(expected18[s], r18.stage("conv" + (s + 2)).getChildren().size(), "resnet18v2 conv" + (s + 2));
      assertEquals(expected50[s], r50.stage("conv" + (s + 2)).getChildren().size(), "resnet50 conv" + (s + 2));
    }
  }

  @Test
  void resNet18GivesLogitsForOneSmallGreyImage() {
    try (NetworkSession session =
        new NetworkSession("r18", ExpressionNetwork.create("resnet18", 6, 1L), 1, 24, "cpu")) {
      float[][] logits = session.logits(List.of(new float[24 * 24]));

      assertEquals(1, logits.length);
      assertEquals(6, logits[0].length);
    }
  }

  @Test
  void resNet50v2GivesLogitsAndGradCamSeesThePostActivation() {
    try (NetworkSession session =
            new NetworkSession("r50v2", ExpressionNetwork.create("resnet50v2", 7, 1L), 3, 32, "cpu");
        NDManager scope = session.manager().newSubManager()) {
      NDArray x = scope.randomUniform(0, 1, new Shape(1, 3, 32, 32));

      NDList out =
          session
              .network()
              .forwardWithLastStage(new ParameterStore(scope, false), x, UnaryOperator.identity(), false);

      assertEquals(new Shape(1, 2048, 1, 1), out.get(0).getShape(), "post_relu");
      assertTrue(out.get(0).min().getFloat() >= 0, "after the ReLU");
      assertEquals(new Shape(1, 7), out.get(1).getShape());
    }
  }

  @Test
  void unknownNamesAreRejectedWithTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Backbones.features("resnet101"));

    assertTrue(e.getMessage().contains("resnet50v2"), e.getMessage());
    assertFalse(Backbones.isKnown("resnet101"));
  }

  private static Shape outputOf(FeatureStages features, String last, Shape input) {
    Shape[] shapes = {input};
    for (String name : features.stageNames()) {
      shapes = features.stage(name).getOutputShapes(shapes);
      if (name.equals(last)) {
        return shapes[0];
      }
    }
    throw new AssertionError("no stage " + last);
  }

  private static Block firstLeaf(Block block) {
    Block current = block;
    while (!current.getChildren().isEmpty()) {
      current = current.getChildren().values().get(0);
    }
    return current;
  }
}
