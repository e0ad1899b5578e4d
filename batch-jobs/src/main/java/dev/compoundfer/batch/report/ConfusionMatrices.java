package dev.compoundfer.batch.report;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.core.continual.Sessions;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.experiment.Workspace;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.metrics.ConfusionMatrix;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.ejb.experiment.ConfusionMatrixView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The test confusion matrix of every model an experiment saved: the teacher (step 0) and the model after each
 * increment, each scored on the test images of the classes it knows.
 */
final class ConfusionMatrices {
  private ConfusionMatrices() {}

  static List<ConfusionMatrixView> of(JobSettings settings) {
    Workspace workspace = Workspace.open(settings.workDir());
    List<Example> test = workspace.load(settings.trainingConfig()).test();
    List<ConfusionMatrixView> matrices = new ArrayList<>();
    matrices.add(of(settings, 0, TeacherTraining.modelDir(settings.workDir()), test));
    for (int step = 1; step <= settings.getInt("increments"); step++) {
      Path model = workspace.modelDir("increment-" + step);
      if (Files.isDirectory(model)) {
        matrices.add(of(settings, step, model, test));
      }
    }
    return matrices;
  }

  private static ConfusionMatrixView of(JobSettings settings, int step, Path modelDir, List<Example> allTest) {
    List<Expression> classes = ModelFiles.descriptor(modelDir).classes();
    List<Example> test = allTest.stream().filter(e -> classes.contains(e.expression())).toList();
    ConfusionMatrix matrix;
    try (NetworkSession session = Sessions.load("confusion-" + step, modelDir, settings.trainingConfig())) {
      matrix = ConfusionMatrix.of(classes, test.stream().map(Example::expression).toList(),
          session.logits(test.stream().map(Example::pixels).toList()));
    }
    int[][] counts = new int[classes.size()][classes.size()];
    for (int r = 0; r < classes.size(); r++) {
      for (int c = 0; c < classes.size(); c++) {
        counts[r][c] = matrix.count(classes.get(r), classes.get(c));
      }
    }
    return new ConfusionMatrixView(
        step, classes.stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList(), counts);
  }
}
