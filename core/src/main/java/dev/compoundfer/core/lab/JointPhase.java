package dev.compoundfer.core.lab;

import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.joint.JointResult;
import dev.compoundfer.core.joint.JointTraining;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Joint training on all 21 non-neutral classes at once, the upper bound; model in {@code <out>/joint}. */
final class JointPhase {

  private JointPhase() {}

  static JointResult run(LabRun run) {
    ExperimentData d = run.data().data();
    try (JointTraining training = new JointTraining(run.config())) {
      JointResult result = training.train(d.train(), d.validation(), d.test(), e -> run.console().printf(Locale.ROOT,
          "joint epoch %d: loss %.3f, train %.3f, validation %.3f (%.0f images/s)%n", e.epoch(), e.trainLoss(),
          e.trainAccuracy(), e.validationAccuracy(), e.imagesPerSecond()));
      Path model = training.saveModel(run.out().resolve("joint"));
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("test_accuracy", result.testAccuracy());
      section.put("per_class_accuracy", result.perClassAccuracy());
      section.put("epochs", result.epochs());
      section.put("train_seconds", result.trainSeconds());
      section.put("images_per_second", result.imagesPerSecond());
      section.put("model_dir", model.toString());
      run.results().put("joint", section);
      run.summarise("joint", "test accuracy, 21 classes", result.testAccuracy());
      return result;
    }
  }
}
