package dev.compoundfer.core.continual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.replay.ReplayEntry;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.SyntheticPatterns;
import dev.compoundfer.core.training.TrainingConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContinualMethodTest {

  private static final TrainingConfig BASE = SyntheticPatterns.config();
  // replayFraction 1.0: m = floor(1.0 * 84 / 21) = 4 images per class.
  private static final TrainingConfig CONFIG = new TrainingConfig(BASE.backbone(), BASE.imageSize(),
      BASE.channels(), BASE.batchSize(), BASE.maxEpochs(), BASE.patience(), BASE.minDelta(), BASE.learningRate(),
      2, BASE.incrementLearningRate(), BASE.gamma0(), BASE.temperature(), BASE.memoryMode(), 1.0, BASE.seed(),
      BASE.device(), BASE.incrementMinSteps());
  private static final List<Expression> CLASSES = classes();
  private static final ExperimentData DATA = new ExperimentData(
      SyntheticPatterns.examples(CLASSES, 12, 31, "train"),
      SyntheticPatterns.examples(CLASSES, 3, 32, "validation"),
      SyntheticPatterns.examples(CLASSES, 3, 33, "test"));

  @TempDir Path workDir;

  @Test
  void finetuneKeepsNoMemoryButStillLearnsTheIncrement() {
    trainTeacher();

    try (ContinualLearning learning =
        ContinualLearning.open(ContinualMethod.finetune(), CONFIG, workDir, DATA)) {
      List<ReplayEntry> kept = learning.distill(Expression.HAPPY);
      IncrementResult result = learning.learn(Expression.HAPPILY_SURPRISED);

      assertEquals(List.of(), kept);
      assertEquals(1, result.step());
      assertEquals(CLASSES, learning.learnedClasses());
    }
  }

  @Test
  void herdingAndRandomSelectionKeepMDistinctImagesOfTheClass() {
    trainTeacher();

    for (ContinualMethod method : List.of(ContinualMethod.kdHerding(CONFIG), ContinualMethod.kdRandom(CONFIG))) {
      try (ContinualLearning learning = ContinualLearning.open(method, CONFIG, workDir.resolve(method.name()),
          DATA)) {
        List<ReplayEntry> kept = learning.distill(Expression.SAD);

        Set<String> refs = new HashSet<>(kept.stream().map(ReplayEntry::ref).toList());
        assertEquals(4, kept.size(), method.name() + ": m = floor(1.0 * 84 / 21)");
        assertEquals(4, refs.size(), method.name() + " keeps distinct images");
        assertTrue(kept.stream().allMatch(e -> e.expression() == Expression.SAD), method.name());
      }
    }
  }

  @Test
  void distillingFromThePreviousModelLearnsTheIncrementKeepsTheBasicClassesAndResumes() {
    trainTeacher();
    Path work = workDir.resolve("kd_prev_psmr");
    // Two epochs of at least 16 steps (the product's floor), as ContinualLearningTest's short increment.
    TrainingConfig config = CONFIG.withIncrementMinSteps(TrainingConfig.DEFAULT_INCREMENT_MIN_STEPS);

    IncrementResult result;
    try (ContinualLearning learning = ContinualLearning.open(ContinualMethod.kdPrevPsmr(), config, work, DATA)) {
      Expression.basic().forEach(learning::distill);
      result = learning.learn(Expression.HAPPILY_SURPRISED);
    }
    System.out.println("kd_prev_psmr increment " + result);

    // Chance is 1/7: the class just taught is recognised and the old ones stay.
    assertTrue(result.newClassAccuracy() >= 0.5, "new-class recall " + result.newClassAccuracy());
    assertTrue(result.oldClassAccuracy() >= 0.6, "old-class accuracy " + result.oldClassAccuracy());
    try (ContinualLearning resumed = ContinualLearning.open(ContinualMethod.kdPrevPsmr(), config, work, DATA)) {
      assertEquals(result, resumed.learn(Expression.HAPPILY_SURPRISED));
      assertEquals(CLASSES, resumed.learnedClasses());
    }
  }

  private void trainTeacher() {
    List<Example> train = basic(DATA.train());
    try (TeacherTraining teacher = TeacherTraining.open(CONFIG, train, basic(DATA.validation()), workDir)) {
      while (!teacher.finished()) {
        teacher.runEpoch();
      }
      Path model = teacher.finish(basic(DATA.test())).modelDir();
      for (String method : List.of("kd_herding", "kd_random", "kd_prev_psmr")) {
        copy(model, TeacherTraining.modelDir(workDir.resolve(method)));
      }
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to);
      try (Stream<Path> files = Files.list(from)) {
        for (Path file : files.toList()) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Example> basic(List<Example> examples) {
    return examples.stream().filter(e -> e.expression().isBasic()).toList();
  }

  private static List<Expression> classes() {
    List<Expression> classes = new ArrayList<>(Expression.basic());
    classes.add(Expression.HAPPILY_SURPRISED);
    return classes;
  }
}
