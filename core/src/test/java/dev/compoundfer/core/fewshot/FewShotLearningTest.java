package dev.compoundfer.core.fewshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.gradcam.GradCam;
import dev.compoundfer.core.inference.ExpressionModel;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.SyntheticPatterns;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FewShotLearningTest {

  private static final Expression NEW = Expression.HAPPILY_SURPRISED;
  private static final List<Expression> CLASSES = classes();
  // Few epochs keep the test within its share of the shared cores; 3 x 10 steps at 1e-3 are enough to learn 5 shots.
  private static final TrainingConfig CONFIG = fast(SyntheticPatterns.config());
  private static final List<Example> TRAIN = inSet("train", SyntheticPatterns.examples(CLASSES, 12, 21, "train"));
  private static final List<Example> VALIDATION =
      inSet("validation", SyntheticPatterns.examples(CLASSES, 4, 22, "validation"));
  private static final List<Example> TEST = inSet("test", SyntheticPatterns.examples(CLASSES, 6, 23, "test"));

  @TempDir static Path workDir;

  @BeforeAll
  static void trainTeacher() {
    try (TeacherTraining teacher =
        TeacherTraining.open(CONFIG, onlyBasic(TRAIN), onlyBasic(VALIDATION), workDir)) {
      while (!teacher.finished()) {
        teacher.runEpoch();
      }
      System.out.println("teacher " + teacher.finish(onlyBasic(TEST)));
    }
  }

  @Test
  void aFiveShotEpisodeOnSeparableDataLearnsTheNewClass() {
    FewShotEpisode episode = new FewShotEpisode(NEW, 5, 1L);

    FewShotResult result;
    try (FewShotLearning learning = FewShotLearning.open(CONFIG, workDir, TRAIN, VALIDATION, TEST)) {
      result = learning.learnAndSave(episode, workDir.resolve("five-shot"));
    }
    System.out.println("five-shot " + result);

    assertEquals(NEW, result.compound());
    assertTrue(result.newClassRecall() >= 0.8, "new-class recall " + result.newClassRecall());
    // How well the basic classes survive depends on the seed (the reference protocol trains on the shots alone);
    // what must hold is that the honest 7-way figure weighs both the new class and the basic classes.
    long newImages = TEST.stream().filter(e -> e.expression() == NEW).count();
    long basicImages = TEST.stream().filter(e -> e.expression().isBasic()).count();
    assertEquals(
        (result.newClassRecall() * newImages + result.basicAccuracy() * basicImages) / (newImages + basicImages),
        result.sevenWayAccuracy(), 1e-9, "7-way accuracy over new and basic test images");
    assertTrue(result.epochs() >= 1 && result.epochs() <= CONFIG.incrementEpochs(), "epochs " + result.epochs());
    // Throughput counts what the steps went through: the 5 shots, each repeated, every epoch.
    assertEquals((long) result.epochs() * 5 * FewShotLearning.REPEAT, result.imagesTrained());
    try (ExpressionModel saved = ExpressionModel.load(workDir.resolve("five-shot"), "cpu");
        GradCam gradCam = GradCam.open(workDir.resolve("five-shot"), "cpu")) {
      assertEquals(CLASSES.subList(0, 7), saved.classes());
      float[] newClassImage = TEST.stream().filter(e -> e.expression() == NEW).findFirst().orElseThrow().pixels();
      assertEquals(SyntheticPatterns.SIZE, gradCam.map(newClassImage, NEW).height(), "the saved model maps its new class");
    }
  }

  @Test
  void withReplayAFiveShotEpisodeLearnsTheNewClassAndKeepsTheBasicOnes() {
    FewShotEpisode episode = new FewShotEpisode(NEW, 5, 1L);

    FewShotResult result;
    List<Example> memory;
    // At the product's step floor (16 steps an epoch), which the replay method uses.
    TrainingConfig config = CONFIG.withIncrementMinSteps(TrainingConfig.DEFAULT_INCREMENT_MIN_STEPS);
    try (FewShotLearning learning =
        FewShotLearning.open(FewShotMethod.REPLAY, config, workDir, TRAIN, VALIDATION, TEST)) {
      memory = learning.memory();
      result = learning.learn(episode);
    }
    System.out.println("five-shot with replay " + result);

    // m = max(1, floor(0.3 * 96 / 21)) = 1 image of each basic class, from the training images
    int perClass = Math.max(1, (int) Math.floor(CONFIG.replayFraction() * TRAIN.size() / 21));
    assertEquals(6 * perClass, memory.size());
    assertEquals(Expression.basic(), memory.stream().map(Example::expression).distinct().toList());
    assertTrue(TRAIN.containsAll(memory), "memory comes from the training images");
    // The user's point: the new class is learned and the basic classes are still recognised.
    assertTrue(result.newClassRecall() >= 0.8, "new-class recall " + result.newClassRecall());
    assertTrue(result.basicAccuracy() >= 0.8, "basic accuracy " + result.basicAccuracy());
    // The replayed basic images count too: at least 16 batches of 32 an epoch.
    assertTrue(result.imagesTrained() >= (long) result.epochs() * 16 * CONFIG.batchSize(),
        "images trained " + result.imagesTrained());
  }

  @Test
  void refusesValidationOrTestImagesOfTrainingSubjects() {
    List<Example> leaked = new ArrayList<>(TEST);
    leaked.add(TRAIN.get(0));

    assertThrows(
        IllegalArgumentException.class, () -> FewShotLearning.open(CONFIG, workDir, TRAIN, VALIDATION, leaked));
  }

  private static TrainingConfig fast(TrainingConfig c) {
    return new TrainingConfig(c.backbone(), c.imageSize(), c.channels(), c.batchSize(), 6, c.patience(), c.minDelta(),
        c.learningRate(), 3, c.incrementLearningRate(), c.gamma0(), c.temperature(), c.memoryMode(),
        c.replayFraction(), c.seed(), c.device(), c.incrementMinSteps());
  }

  /** SyntheticPatterns names subjects s0..; prefixing the set keeps train, validation and test subjects apart. */
  private static List<Example> inSet(String set, List<Example> examples) {
    return examples.stream()
        .map(e -> new Example(e.ref(), e.expression(), set + "-" + e.subject(), e.pixels()))
        .toList();
  }

  private static List<Example> onlyBasic(List<Example> examples) {
    return examples.stream().filter(e -> e.expression().isBasic()).toList();
  }

  private static List<Expression> classes() {
    List<Expression> classes = new ArrayList<>(Expression.basic());
    classes.add(NEW);
    classes.add(Expression.HAPPILY_DISGUSTED);
    return List.copyOf(classes);
  }
}
