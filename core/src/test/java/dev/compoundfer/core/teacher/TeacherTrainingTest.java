package dev.compoundfer.core.teacher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Parameter;
import dev.compoundfer.core.checkpoint.CorruptCheckpointException;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.network.FeatureStages;
import dev.compoundfer.core.network.Freezing;
import dev.compoundfer.core.training.EpochSummary;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.SyntheticPatterns;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeacherTrainingTest {

  private static final TrainingConfig CONFIG = SyntheticPatterns.config();
  private static final List<Example> TRAIN =
      SyntheticPatterns.examples(Expression.basic(), 12, 1, "train");
  private static final List<Example> VALIDATION =
      SyntheticPatterns.examples(Expression.basic(), 4, 2, "validation");
  private static final List<Example> TEST = SyntheticPatterns.examples(Expression.basic(), 6, 3, "test");

  @TempDir Path workDir;

  @Test
  void learnsSeparableBasicClassesWellAboveChance() {
    try (TeacherTraining training = TeacherTraining.open(CONFIG, TRAIN, VALIDATION, workDir)) {
      while (!training.finished()) {
        EpochSummary summary = training.runEpoch();
        System.out.println("teacher " + summary);
      }

      TeacherResult result = training.finish(TEST);

      System.out.println("teacher result " + result);
      assertTrue(result.testAccuracy() > 0.8, "test accuracy " + result.testAccuracy() + " (chance 0.17)");
      assertEquals(6, result.perClassAccuracy().size());
      assertEquals(result.testAccuracy(), result.confusion().accuracy(), 1e-12);
      result.confusion().report().forEach(r ->
          assertEquals(result.perClassAccuracy().get(r.expression()), r.recall(), 1e-12, "recall of " + r));
      assertTrue(Files.exists(result.modelDir().resolve("parameters.bin")));
    }
  }

  @Test
  void resumesAtTheNextEpochWithIdenticalParameters() {
    byte[] saved;
    try (TeacherTraining training = TeacherTraining.open(CONFIG, TRAIN, VALIDATION, workDir)) {
      training.runEpoch();
      saved = training.parameters();
      assertTrue(Files.exists(TeacherTraining.checkpointFile(workDir)));
    }

    try (TeacherTraining resumed = TeacherTraining.open(CONFIG, TRAIN, VALIDATION, workDir)) {

      assertEquals(1, resumed.epochsDone());
      assertArrayEquals(saved, resumed.parameters());
      assertEquals(2, resumed.runEpoch().epoch());
    }
  }

  @Test
  void resumedRunEndsBitIdenticalToAnUninterruptedOne() {
    // Three epochs of three steps; patience 3 so that no run stops early.
    TrainingConfig config =
        new TrainingConfig("small", SyntheticPatterns.SIZE, SyntheticPatterns.CHANNELS, 8, 3, 3, 0.0, 3e-3, 2, 1e-3,
            0.1, 3.0, "grow", 0.3, 11L, "cpu");
    List<Example> train = SyntheticPatterns.examples(Expression.basic(), 4, 21, "train");
    List<Example> validation = SyntheticPatterns.examples(Expression.basic(), 1, 22, "validation");
    byte[] uninterrupted = trainedToTheEnd(config, train, validation, workDir.resolve("whole"));

    Path interruptedDir = workDir.resolve("interrupted");
    stoppedAfter(1, config, train, validation, interruptedDir);
    byte[] resumed;
    int resumedAt;
    try (TeacherTraining training = TeacherTraining.open(config, train, validation, interruptedDir)) {
      resumedAt = training.epochsDone();
      while (!training.finished()) {
        training.runEpoch();
      }
      resumed = training.parameters();
    }

    assertEquals(1, resumedAt);
    assertArrayEquals(uninterrupted, resumed, "parameters after 3 epochs, resumed after epoch 1");
  }

  @Test
  void resumesAfterAPlateauWithTheDecayedLearningRate() {
    // minDelta 1: only the first epoch counts as an improvement, so epoch 2 (patience 3 / 2 = 1 epoch without
    // improvement) decays the rate tenfold; epoch 3 must run at the decayed rate after a resume too.
    TrainingConfig config =
        new TrainingConfig("small", SyntheticPatterns.SIZE, SyntheticPatterns.CHANNELS, 8, 3, 3, 1.0, 3e-3, 2, 1e-3,
            0.1, 3.0, "grow", 0.3, 13L, "cpu");
    List<Example> train = SyntheticPatterns.examples(Expression.basic(), 4, 31, "train");
    List<Example> validation = SyntheticPatterns.examples(Expression.basic(), 1, 32, "validation");
    byte[] uninterrupted = trainedToTheEnd(config, train, validation, workDir.resolve("whole"));
    Path interruptedDir = workDir.resolve("interrupted");
    stoppedAfter(2, config, train, validation, interruptedDir);

    byte[] resumed;
    try (TeacherTraining training = TeacherTraining.open(config, train, validation, interruptedDir)) {
      assertEquals(2, training.epochsDone());
      training.runEpoch();
      assertTrue(training.finished());
      resumed = training.parameters();
    }

    assertArrayEquals(uninterrupted, resumed, "parameters after 3 epochs, resumed after the decay in epoch 2");
  }

  /** The parameters of a run trained until it finishes, without interruption. */
  private static byte[] trainedToTheEnd(
      TrainingConfig config, List<Example> train, List<Example> validation, Path dir) {
    try (TeacherTraining training = TeacherTraining.open(config, train, validation, dir)) {
      while (!training.finished()) {
        training.runEpoch();
      }
      return training.parameters();
    }
  }

  /** Trains {@code epochs} epochs and closes, as a stopped or crashed job leaves its work folder. */
  private static void stoppedAfter(
      int epochs, TrainingConfig config, List<Example> train, List<Example> validation, Path dir) {
    try (TeacherTraining training = TeacherTraining.open(config, train, validation, dir)) {
      for (int e = 0; e < epochs; e++) {
        training.runEpoch();
      }
    }
  }

  @Test
  void headStageLeavesTheBackboneAloneThenFineTuningTrainsItAndResumesInItsStage() {
    // Head stage of at most 2 epochs, then fine-tuning of everything at 1/100 of the rate, at most 2 more epochs.
    TrainingConfig config = CONFIG.withMaxEpochs(2);
    TeacherStages stages = TeacherStages.headThenFineTune(2, CONFIG.learningRate(), Freezing.Level.NONE);
    float[] conv2Before;
    float[] headBefore;
    try (TeacherTraining training = TeacherTraining.open(config, stages, TRAIN, VALIDATION, workDir)) {
      conv2Before = stageWeights(training, "conv2");
      headBefore = stageWeights(training, FeatureStages.HEAD);
      assertEquals(1, training.stage());
      training.runEpoch();
      EpochSummary lastHeadEpoch = training.runEpoch();

      assertFalse(lastHeadEpoch.stopped(), "the head stage's end is not the end of training");
      assertEquals(2, training.stage());
      assertArrayEquals(conv2Before, stageWeights(training, "conv2"), "the head stage leaves the backbone alone");
      assertFalse(Arrays.equals(headBefore, stageWeights(training, FeatureStages.HEAD)), "the head stage trains");
    }

    try (TeacherTraining resumed = TeacherTraining.open(config, stages, TRAIN, VALIDATION, workDir)) {
      assertEquals(2, resumed.stage(), "a run resumed after the head stage fine-tunes");
      assertEquals(2, resumed.epochsDone());
      EpochSummary summary = resumed.runEpoch();
      assertEquals(3, summary.epoch());
      assertFalse(Arrays.equals(conv2Before, stageWeights(resumed, "conv2")), "fine-tuning trains the backbone");
      while (!resumed.finished()) {
        summary = resumed.runEpoch();
      }
      assertEquals(4, summary.epoch(), "fine-tuning has its own epoch limit after the head stage's epochs");
      assertTrue(resumed.finish(TEST).testAccuracy() >= 0);
    }
  }

  private static float[] stageWeights(TeacherTraining training, String stage) {
    FeatureStages stages = (FeatureStages) training.session().network().features();
    return stages.stage(stage).getParameters().values().stream()
        .filter(p -> p.getType() == Parameter.Type.WEIGHT)
        .findFirst().orElseThrow().getArray().toFloatArray();
  }

  @Test
  void rejectsACorruptedCheckpoint() throws Exception {
    try (TeacherTraining training = TeacherTraining.open(CONFIG, TRAIN, VALIDATION, workDir)) {
      training.runEpoch();
    }
    Path file = TeacherTraining.checkpointFile(workDir);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(file, bytes);

    CorruptCheckpointException e =
        assertThrows(
            CorruptCheckpointException.class,
            () -> TeacherTraining.open(CONFIG, TRAIN, VALIDATION, workDir).close());

    assertTrue(e.getMessage().contains("checksum"), e.getMessage());
  }
}
