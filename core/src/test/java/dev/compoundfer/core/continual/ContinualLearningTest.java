package dev.compoundfer.core.continual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.inference.ExpressionModel;
import dev.compoundfer.core.inference.Prediction;
import dev.compoundfer.core.metrics.OrderMetrics;
import dev.compoundfer.core.replay.ReplayEntry;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.SyntheticPatterns;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContinualLearningTest {

  private static final List<Expression> CLASSES = classes();
  // replayFraction 1.0: with 12 training images per class the reference 0.3 would keep m = 1.
  private static final TrainingConfig CONFIG = withReplayFraction(SyntheticPatterns.config(), 1.0);
  private static final List<Example> TRAIN = SyntheticPatterns.examples(CLASSES, 12, 11, "train");
  private static final List<Example> VALIDATION = SyntheticPatterns.examples(CLASSES, 4, 12, "validation");
  private static final List<Example> TEST = SyntheticPatterns.examples(CLASSES, 6, 13, "test");

  @TempDir Path workDir;

  @Test
  void twoIncrementsKeepOldClassesAndResumeAfterRestart() {
    trainTeacher();

    List<IncrementResult> results = new ArrayList<>();
    try (ContinualLearning learning = ContinualLearning.open(CONFIG, workDir, TRAIN, VALIDATION, TEST)) {
      for (Expression basic : Expression.basic()) {
        List<ReplayEntry> kept = learning.distill(basic);
        assertEquals(4, kept.size(), "m = floor(1.0 * 96 / 21)");
      }
      results.add(learning.learn(Expression.HAPPILY_SURPRISED));
      System.out.println("increment " + results.get(0));
    }

    try (ContinualLearning resumed = ContinualLearning.open(CONFIG, workDir, TRAIN, VALIDATION, TEST)) {
      assertEquals(7, resumed.learnedClasses().size());
      assertEquals(results.get(0), resumed.learn(Expression.HAPPILY_SURPRISED));

      results.add(resumed.learn(Expression.HAPPILY_DISGUSTED));
      System.out.println("increment " + results.get(1));
      System.out.println("matrix " + resumed.accuracyMatrix().toJson());

      assertEquals(CLASSES, resumed.learnedClasses());
      // The confusion matrix of the step counts the same predictions as its accuracies (and survived the restart).
      IncrementResult second = results.get(1);
      assertEquals(CLASSES, second.confusion().classes());
      assertEquals(second.accuracyAllSeen(), second.confusion().accuracy(), 1e-12);
      assertEquals(second.newClassAccuracy(),
          second.confusion().report().get(CLASSES.size() - 1).recall(), 1e-12);
      OrderMetrics metrics = resumed.metrics();
      assertEquals(resumed.accuracyMatrix().overallAccuracy(), metrics.overallAccuracy(), 1e-12);
      assertEquals((results.get(0).newClassAccuracy() + second.newClassAccuracy()) / 2, metrics.newClassAccuracy(),
          1e-12);
      assertEquals(second.oldClassAccuracy(), metrics.oldClassAccuracy(), 1e-12);
      assertEquals(second.confusion().macroF1(), metrics.macroF1(), 1e-12);
      assertEquals(3, resumed.accuracyMatrix().rows().size());
      // Fine-tuning on the new class alone would leave old classes near 0; replay + distillation keep them.
      assertTrue(results.get(1).oldClassAccuracy() > 0.6, "old-class accuracy " + results.get(1).oldClassAccuracy());
      assertTrue(results.get(1).accuracyAllSeen() > 0.6, "all-seen accuracy " + results.get(1).accuracyAllSeen());

      Path saved = resumed.saveModel(workDir.resolve("continual-model"));
      try (ExpressionModel model = ExpressionModel.load(saved, "cpu")) {
        assertEquals(CLASSES, model.classes());
        List<Prediction> predictions = model.predict(TEST.stream().map(Example::pixels).toList());
        long right = 0;
        for (int i = 0; i < TEST.size(); i++) {
          right += predictions.get(i).label() == TEST.get(i).expression() ? 1 : 0;
        }
        assertEquals(results.get(1).accuracyAllSeen(), (double) right / TEST.size(), 1e-9);
      }
    }
  }

  @Test
  void oneShortIncrementAtTheDefaultStepFloorLearnsTheNewClassAndKeepsTheOldOnes() {
    trainTeacher();
    // One epoch: memory (6 x 4) plus 4 new images is two batches of 16; the default floor makes it 16 steps.
    TrainingConfig config =
        withIncrementEpochs(CONFIG, 1).withIncrementMinSteps(TrainingConfig.DEFAULT_INCREMENT_MIN_STEPS);

    IncrementResult result;
    try (ContinualLearning learning = ContinualLearning.open(config, workDir, TRAIN, VALIDATION, TEST)) {
      Expression.basic().forEach(learning::distill);
      result = learning.learn(Expression.HAPPILY_SURPRISED);
    }
    System.out.println("short increment " + result);

    // Chance is 1/7; a user expects the class just taught to be recognised, and the old ones to stay.
    assertTrue(result.newClassAccuracy() >= 0.5, "new-class recall " + result.newClassAccuracy());
    assertTrue(result.oldClassAccuracy() >= 0.6, "old-class accuracy " + result.oldClassAccuracy());
  }

  private void trainTeacher() {
    List<Example> basicTrain = onlyBasic(TRAIN);
    try (TeacherTraining teacher = TeacherTraining.open(CONFIG, basicTrain, onlyBasic(VALIDATION), workDir)) {
      while (!teacher.finished()) {
        teacher.runEpoch();
      }
      System.out.println("teacher " + teacher.finish(onlyBasic(TEST)));
    }
  }

  private static List<Example> onlyBasic(List<Example> examples) {
    return examples.stream().filter(e -> e.expression().isBasic()).toList();
  }

  private static List<Expression> classes() {
    List<Expression> classes = new ArrayList<>(Expression.basic());
    classes.add(Expression.HAPPILY_SURPRISED);
    classes.add(Expression.HAPPILY_DISGUSTED);
    return classes;
  }

  private static TrainingConfig withReplayFraction(TrainingConfig c, double fraction) {
    return new TrainingConfig(c.backbone(), c.imageSize(), c.channels(), c.batchSize(), c.maxEpochs(), c.patience(),
        c.minDelta(), c.learningRate(), c.incrementEpochs(), c.incrementLearningRate(), c.gamma0(), c.temperature(),
        c.memoryMode(), fraction, c.seed(), c.device(), c.incrementMinSteps());
  }

  private static TrainingConfig withIncrementEpochs(TrainingConfig c, int epochs) {
    return new TrainingConfig(c.backbone(), c.imageSize(), c.channels(), c.batchSize(), c.maxEpochs(), c.patience(),
        c.minDelta(), c.learningRate(), epochs, c.incrementLearningRate(), c.gamma0(), c.temperature(),
        c.memoryMode(), c.replayFraction(), c.seed(), c.device(), c.incrementMinSteps());
  }
}
