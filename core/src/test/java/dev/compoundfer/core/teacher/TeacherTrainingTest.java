package dev.compoundfer.core.teacher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.checkpoint.CorruptCheckpointException;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.training.EpochSummary;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.SyntheticPatterns;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
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
    byte[] uninterrupted;
    try (TeacherTraining training = TeacherTraining.open(config, train, validation, workDir.resolve("whole"))) {
      while (!training.finished()) {
        training.runEpoch();
      }
      uninterrupted = training.parameters();
    }

    Path interruptedDir = workDir.resolve("interrupted");
    try (TeacherTraining training = TeacherTraining.open(config, train, validation, interruptedDir)) {
      training.runEpoch();
    }
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
