package dev.compoundfer.core.continual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.SyntheticPatterns;
import dev.compoundfer.core.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContinualResumeTest {

  private static final Expression A = Expression.HAPPILY_SURPRISED;
  private static final Expression B = Expression.HAPPILY_DISGUSTED;
  private static final List<Expression> CLASSES = classes();
  // Two epochs per phase, patience 2 so that no increment stops early; replayFraction 1.0 keeps m = 1. Step floor
  // 2: memory plus the new image (7) is repeated three times per epoch, so resuming covers the repetitions' draws
  // without the default floor's 17 steps per epoch.
  private static final TrainingConfig CONFIG =
      new TrainingConfig("small", SyntheticPatterns.SIZE, SyntheticPatterns.CHANNELS, 8, 2, 2, 0.0, 3e-3, 2, 1e-3,
          0.1, 3.0, "grow", 1.0, 13L, "cpu", 2);
  private static final List<Example> TRAIN = SyntheticPatterns.examples(CLASSES, 3, 31, "train");
  private static final List<Example> VALIDATION = SyntheticPatterns.examples(CLASSES, 1, 32, "validation");
  private static final List<Example> TEST = SyntheticPatterns.examples(CLASSES, 1, 33, "test");

  @TempDir Path workDir;

  @Test
  void resumingAtAnIncrementBoundaryEndsBitIdenticalToAnUninterruptedRun() throws IOException {
    Path whole = workDir.resolve("whole");
    Path interrupted = workDir.resolve("interrupted");
    trainTeacher(whole);
    copyTeacher(whole, interrupted);
    try (ContinualLearning learning = open(whole)) {
      distillAll(learning);
      learning.learn(A);
      learning.learn(B);
      learning.saveModel(whole.resolve("model"));
    }

    try (ContinualLearning learning = open(interrupted)) {
      distillAll(learning);
      learning.learn(A);
    }
    try (ContinualLearning resumed = open(interrupted)) {
      assertEquals(7, resumed.learnedClasses().size());
      resumed.learn(B);
      resumed.saveModel(interrupted.resolve("model"));
    }

    assertArrayEquals(
        ModelFiles.parameters(whole.resolve("model")),
        ModelFiles.parameters(interrupted.resolve("model")),
        "parameters after A then B, resumed between them");
  }

  private static ContinualLearning open(Path dir) {
    return ContinualLearning.open(CONFIG, dir, TRAIN, VALIDATION, TEST);
  }

  private static void distillAll(ContinualLearning learning) {
    Expression.basic().forEach(learning::distill);
  }

  private static void trainTeacher(Path dir) {
    try (TeacherTraining teacher = TeacherTraining.open(CONFIG, onlyBasic(TRAIN), onlyBasic(VALIDATION), dir)) {
      while (!teacher.finished()) {
        teacher.runEpoch();
      }
      teacher.finish(onlyBasic(TEST));
    }
  }

  private static void copyTeacher(Path from, Path to) throws IOException {
    Path source = TeacherTraining.modelDir(from);
    Path target = TeacherTraining.modelDir(to);
    Files.createDirectories(target);
    try (var files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }

  private static List<Example> onlyBasic(List<Example> examples) {
    return examples.stream().filter(e -> e.expression().isBasic()).toList();
  }

  private static List<Expression> classes() {
    List<Expression> classes = new ArrayList<>(Expression.basic());
    classes.add(A);
    classes.add(B);
    return classes;
  }
}
