package dev.compoundfer.core.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PretrainTrainingTest {
  private static final PretrainConfig CONFIG = new PretrainConfig("small-flat", 16, 1, 8, 2, 1e-3, 5, "cpu");

  @TempDir Path dir;

  private static PretextTask task() {
    SyntheticFaces faces =
        new SyntheticFaces(new SyntheticConfig(3, 16, false, 9, 1.0, SyntheticConfig.DEFAULT_FRAMING));
    return ActionUnitTask.rendered(faces, List.of(Expression.HAPPY, Expression.SAD, Expression.SURPRISED,
        Expression.HAPPILY_SURPRISED));
  }

  @Test
  void aRunStoppedAfterItsFirstEpochResumesThereAndEndsAsAnUninterruptedRun() {
    PretextTask task = task();
    PretrainResult straight;
    try (PretrainTraining training = PretrainTraining.open(CONFIG, task, dir.resolve("straight.ckpt"))) {
      training.runEpoch();
      training.runEpoch();
      straight = training.result();
    }

    Path checkpoint = dir.resolve("stopped.ckpt");
    try (PretrainTraining first = PretrainTraining.open(CONFIG, task, checkpoint)) {
      assertEquals(1, first.runEpoch().epoch());
    }
    PretrainResult resumed;
    try (PretrainTraining second = PretrainTraining.open(CONFIG, task, checkpoint)) {
      assertEquals(1, second.epochsDone(), "the checkpoint holds the first epoch");
      assertFalse(second.finished());
      PretrainEpoch epoch = second.runEpoch();
      assertEquals(2, epoch.epoch());
      assertTrue(epoch.imagesPerSecond() > 0, "measured: " + epoch);
      assertTrue(second.finished());
      resumed = second.result();
    }

    assertEquals(straight.epochLosses(), resumed.epochLosses(), "the same path, epoch by epoch");
    assertArrayEquals(straight.parameters(), resumed.parameters(), "the same backbone");
  }

  @Test
  void writesAnArtifactWhoseProvenanceCountsEveryEpochAndTheTeacherCanRead() {
    try (PretrainTraining training = PretrainTraining.open(CONFIG, task(), dir.resolve("p.ckpt"))) {
      while (!training.finished()) {
        training.runEpoch();
      }

      BackboneArtifact written = training.writeArtifact(dir.resolve("backbone"), "synthetic(subjects=3)");

      BackboneArtifact read = BackboneArtifact.read(dir.resolve("backbone"));
      assertEquals(written.sha256(), read.sha256());
      assertEquals("au", read.provenance().method());
      assertEquals(2, read.provenance().epochs());
      assertEquals(2, read.provenance().epochLosses().size());
      assertEquals(3 * 4, read.provenance().images(), "three subjects in four classes");
      assertEquals("synthetic(subjects=3)", read.provenance().dataset());
      assertTrue(Files.exists(read.parameters()));
    }
  }
}
