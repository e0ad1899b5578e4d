package dev.compoundfer.core.benchmark;

import dev.compoundfer.core.continual.ContinualLearning;
import dev.compoundfer.core.continual.ContinualMethod;
import dev.compoundfer.core.continual.IncrementResult;
import dev.compoundfer.core.continual.IncrementTraining;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.metrics.AccuracyMatrix;
import dev.compoundfer.core.metrics.OrderMetrics;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One continual run: a copy of the shared teacher, then the fifteen compound classes in one order with one method.
 *
 * @param matrix the accuracy matrix, step 0 = teacher
 * @param increments the fifteen increments
 * @param imagesTrained training images the increments went through (memory plus the m drawn new images, repeated up to the
 *     step floor, per epoch)
 * @param metrics the order's headline metrics, as {@code ContinualLearning.metrics()} reports them
 */
record MethodRun(AccuracyMatrix matrix, List<IncrementResult> increments, long imagesTrained, OrderMetrics metrics) {

  static MethodRun of(
      ContinualMethod method, TrainingConfig config, ExperimentData data, Path teacherModel, Path workDir,
      List<Expression> order) throws IOException {
    copy(teacherModel, TeacherTraining.modelDir(workDir));
    List<IncrementResult> results = new ArrayList<>();
    long images = 0;
    try (ContinualLearning learning = ContinualLearning.open(method, config, workDir, data)) {
      int memorySize = 0;
      for (Expression basic : Expression.basic()) {
        memorySize += learning.distill(basic).size();
      }
      int m = (int) Math.max(1, Math.floor(config.replayFraction() * data.train().size() / 21));
      for (Expression compound : order) {
        IncrementResult result = learning.learn(compound);
        long newImages = data.train().stream().filter(e -> e.expression() == compound).count();
        int once = (int) (memorySize + Math.min(m, newImages));
        images += (long) result.epochs() * once * IncrementTraining.repetitions(once, config.batchSize(),
            config.incrementMinSteps());
        memorySize += method.replay().isPresent() ? m : 0;
        results.add(result);
        System.out.printf("  %s step %d %s: all %.3f new %.3f old %.3f (%d epochs, %.1f s)%n", method.name(),
            result.step(), compound.displayName(), result.accuracyAllSeen(), result.newClassAccuracy(),
            result.oldClassAccuracy(), result.epochs(), result.seconds());
      }
      return new MethodRun(learning.accuracyMatrix(), results, images, learning.metrics());
    }
  }

  double incrementSeconds() {
    return increments.stream().mapToDouble(IncrementResult::seconds).sum();
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
