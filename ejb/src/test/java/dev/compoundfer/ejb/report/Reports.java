package dev.compoundfer.ejb.report;

import dev.compoundfer.ejb.experiment.AccuracyCellView;
import dev.compoundfer.ejb.report.EvaluationReport.ClassMetrics;
import dev.compoundfer.ejb.report.EvaluationReport.Confusion;
import dev.compoundfer.ejb.report.EvaluationReport.FewShotRow;
import dev.compoundfer.ejb.report.EvaluationReport.OrderCurve;
import dev.compoundfer.ejb.report.EvaluationReport.StepPoint;
import dev.compoundfer.ejb.report.EvaluationReport.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeMap;

/** Small hand-made reports for the workbook tests. */
final class Reports {
  static final String EVIL_NAME = "=HYPERLINK(\"http://evil.example\",\"click\")";

  private Reports() {}

  /** Two class orders over two compound classes, every sheet filled; the experiment's name is a formula. */
  static EvaluationReport full() {
    TreeMap<String, String> parameters = new TreeMap<>();
    parameters.put("seed", "42");
    parameters.put("gamma", "0.5");
    parameters.put("dataset", "@SUM(1+1)");
    Summary summary = new Summary(7, EVIL_NAME, "-synthetic", "COMPLETED", LocalDateTime.of(2026, 11, 30, 4, 0),
        LocalDateTime.of(2026, 11, 30, 4, 5), 0.61, 0.8, 0.125, -0.05, parameters);
    OrderCurve first = new OrderCurve("seed 42", List.of(
        new StepPoint(0, "basic classes (teacher)", 0.8, null, null, 12, null),
        new StepPoint(1, "Happily surprised", 0.6, 0.5, 0.7, 3, 1.5),
        new StepPoint(2, "+Sadly angry", 0.45, 0.4, 0.5, 3, 1.25)));
    OrderCurve second = new OrderCurve("seed 7", List.of(
        new StepPoint(0, "basic classes (teacher)", 0.78, null, null, 11, null),
        new StepPoint(1, "Sadly angry", 0.55, 0.45, 0.6, 3, 1.5),
        new StepPoint(2, "Happily surprised", 0.5, 0.5, 0.5, 3, 1.5)));
    List<AccuracyCellView> matrix = List.of(
        new AccuracyCellView(0, "Happy", 0.9), new AccuracyCellView(0, "Sad", 0.7),
        new AccuracyCellView(1, "Happy", 0.8), new AccuracyCellView(1, "Sad", 0.6),
        new AccuracyCellView(1, "Happily surprised", 0.5),
        new AccuracyCellView(2, "Happy", 0.6), new AccuracyCellView(2, "Sad", 0.65),
        new AccuracyCellView(2, "Happily surprised", 0.3), new AccuracyCellView(2, "Sadly angry", 0.4));
    List<FewShotRow> fewShot = List.of(new FewShotRow("Happily surprised", 1, 3, 0.42, 0.25, 0.5),
        new FewShotRow("Happily surprised", 5, 3, 0.58, 0.5, 0.6));
    List<ClassMetrics> perClass = List.of(new ClassMetrics("Happy", 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35, 10),
        new ClassMetrics("=1+1", 0.5, 0.5, 0.5, 4));
    List<Confusion> confusions = List.of(new Confusion("After the last step", List.of("Happy", "Sad"),
        new int[][] {{6, 4}, {1, 9}}));
    return new EvaluationReport(summary, List.of(first, second), matrix, fewShot, perClass, confusions);
  }

  /** A run that has not got far: nothing but the summary. */
  static EvaluationReport empty() {
    Summary summary = new Summary(8, "just started", "synthetic", "RUNNING", LocalDateTime.of(2026, 11, 30, 4, 0),
        null, null, null, null, null, new TreeMap<>());
    return new EvaluationReport(summary, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static byte[] bytes(EvaluationReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EvaluationWorkbook(report).write(out);
    return out.toByteArray();
  }
}
