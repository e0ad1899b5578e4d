package dev.compoundfer.core.lab;

import dev.compoundfer.core.continual.ContinualLearning;
import dev.compoundfer.core.continual.ContinualMethod;
import dev.compoundfer.core.continual.IncrementResult;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.AccuracyMatrix;
import dev.compoundfer.core.teacher.TeacherTraining;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Distill and continual phases for every method and class order. Order k of method m works in
 * {@code <out>/continual/<m>/order-<k>}, the core's work-folder layout: a copy of the teacher in {@code teacher/},
 * the checkpoint in {@code checkpoints/continual.ckpt} (a second run resumes from it) and the final model in
 * {@code model/}.
 */
final class ContinualPhase {

  private ContinualPhase() {}

  static void run(LabRun run, ContinualOptions options) {
    Path teacher = TeacherPhase.requireTeacher(run.out());
    List<Map<String, Object>> sections = new ArrayList<>();
    for (ContinualMethod method : options.methods(run.config())) {
      double overall = 0;
      double forgetting = 0;
      for (int k = 1; k <= options.orders; k++) {
        List<Expression> order = options.classOrder(run.config().seed(), k);
        Path work = run.out().resolve("continual").resolve(method.name()).resolve("order-" + k);
        Map<String, Object> section = learn(run, method, k, order, teacher, work);
        overall += (double) section.get("overall_accuracy");
        forgetting += (double) section.get("average_forgetting");
        sections.add(section);
        run.results().put("continual", sections);
      }
      run.summarise("continual", method.name() + " overall accuracy, mean of " + options.orders + " order(s)",
          overall / options.orders);
      run.summarise("continual", method.name() + " average forgetting", forgetting / options.orders);
    }
  }

  private static Map<String, Object> learn(
      LabRun run, ContinualMethod method, int k, List<Expression> order, Path teacher, Path work) {
    copyTeacher(teacher, work);
    try (ContinualLearning learning = ContinualLearning.open(method, run.config(), work, run.data().data())) {
      int kept = 0;
      for (Expression basic : Expression.basic()) {
        kept += learning.distill(basic).size();
      }
      run.console().printf("%s order %d: replay memory holds %d basic images%n", method.name(), k, kept);
      List<IncrementResult> increments = new ArrayList<>();
      for (Expression compound : order) {
        IncrementResult r = learning.learn(compound);
        increments.add(r);
        run.console().printf(Locale.ROOT, "%s order %d step %d %s: all seen %.3f, new %.3f, old %.3f (%d epochs)%n",
            method.name(), k, r.step(), compound.displayName(), r.accuracyAllSeen(), r.newClassAccuracy(),
            r.oldClassAccuracy(), r.epochs());
      }
      Path model = learning.saveModel(work.resolve("model"));
      AccuracyMatrix matrix = learning.accuracyMatrix();
      Path csv = run.out().resolve("accuracy-matrix-" + method.name() + "-order-" + k + ".csv");
      CsvTables.accuracyMatrix(csv, matrix, order);
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("method", method.name());
      section.put("order", k);
      section.put("class_order", order.stream().map(Expression::name).toList());
      section.put("overall_accuracy", matrix.overallAccuracy());
      section.put("average_forgetting", matrix.averageForgetting());
      section.put("backward_transfer", matrix.backwardTransfer());
      section.put("increments", increments);
      section.put("accuracy_matrix", matrix.rows());
      section.put("accuracy_matrix_csv", csv.toString());
      section.put("model_dir", model.toString());
      section.put("checkpoint", ContinualLearning.checkpointFile(work).toString());
      return section;
    }
  }

  /** A fresh copy of the teacher, unless this order already has a checkpoint made from an earlier copy. */
  private static void copyTeacher(Path teacher, Path work) {
    if (Files.isRegularFile(ContinualLearning.checkpointFile(work))) {
      return;
    }
    Path target = TeacherTraining.modelDir(work);
    try (Stream<Path> files = Files.list(teacher)) {
      Files.createDirectories(target);
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy the teacher into " + target, e);
    }
  }
}
