package dev.compoundfer.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainingConfigTest {

  @Test
  void acceptsEveryKnownBackboneAndUsesSmallFlatByDefault() {
    TrainingConfig d = TrainingConfig.defaults(32, 1);

    TrainingConfig reference = withBackbone(d, "resnet50v2");
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> withBackbone(d, "resnet101"));

    assertEquals("small-flat", d.backbone());
    assertEquals("small", withBackbone(d, "small").backbone());
    assertEquals("resnet50v2", reference.backbone());
    assertTrue(unknown.getMessage().contains("resnet101"), unknown.getMessage());
  }

  private static TrainingConfig withBackbone(TrainingConfig c, String backbone) {
    return new TrainingConfig(backbone, c.imageSize(), c.channels(), c.batchSize(), c.maxEpochs(), c.patience(),
        c.minDelta(), c.learningRate(), c.incrementEpochs(), c.incrementLearningRate(), c.gamma0(),
        c.temperature(), c.memoryMode(), c.replayFraction(), c.seed(), c.device());
  }
}
