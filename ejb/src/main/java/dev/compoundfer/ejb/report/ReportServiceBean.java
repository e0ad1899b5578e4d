package dev.compoundfer.ejb.report;

import dev.compoundfer.ejb.experiment.ConfusionMatrixView;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import dev.compoundfer.ejb.experiment.FewShotResultView;
import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.experiment.ExperimentView.IncrementView;
import dev.compoundfer.ejb.report.EvaluationReport.ClassMetrics;
import dev.compoundfer.ejb.report.EvaluationReport.Confusion;
import dev.compoundfer.ejb.report.EvaluationReport.FewShotRow;
import dev.compoundfer.ejb.report.EvaluationReport.OrderCurve;
import dev.compoundfer.ejb.report.EvaluationReport.StepPoint;
import dev.compoundfer.ejb.report.EvaluationReport.Summary;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Feeds an experiment's recorded results to {@link EvaluationWorkbook}; the job's copy is written atomically. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportServiceBean implements ReportService {
  @EJB private ExperimentJournal journal;

  @Override
  @PermitAll // the job's report step, which may run without a caller (scheduled experiments)
  public Path write(long experimentId, Path folder) {
    Path target = folder.resolve("compound-fer-experiment-" + experimentId + ".xlsx");
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, "report", ".xlsx.tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        new EvaluationWorkbook(report(experimentId)).write(out);
      }
      return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("The report of experiment " + experimentId + " could not be written", e);
    }
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
  public byte[] workbook(long experimentId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new EvaluationWorkbook(report(experimentId)).write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("The report of experiment " + experimentId + " could not be written", e);
    }
    return out.toByteArray();
  }

  /**
   * Everything the job records: summary, one class order (the experiment's), the accuracy matrix, the confusion
   * matrices of the teacher and of each increment's model (the per-class report is the last one's), and the
   * few-shot episodes as means per compound class and shots. What a run has not reached yet stays "not measured".
   */
  private EvaluationReport report(long experimentId) {
    ExperimentView e = journal.view(experimentId);
    TreeMap<String, String> parameters = new TreeMap<>();
    journal.jobParameters(experimentId).forEach((k, v) -> parameters.put(k.toString(), v.toString()));
    Summary summary = new Summary(e.id(), e.name(), e.dataset(), e.status(), e.createdAt(), e.endedAt(),
        e.overallAccuracy(), e.teacherAccuracy(), e.averageForgetting(), e.backwardTransfer(), parameters);
    List<StepPoint> points = new ArrayList<>();
    if (e.teacherAccuracy() != null) {
      points.add(new StepPoint(0, "basic classes (teacher)", e.teacherAccuracy(), null, null, e.teacherEpochs(),
          null));
    }
    for (IncrementView i : e.increments()) {
      points.add(new StepPoint(i.step(), i.learnedClass(), i.accuracyAllSeen(), i.newClassAccuracy(),
          i.oldClassAccuracy(), i.epochs(), i.seconds()));
    }
    List<OrderCurve> orders = points.isEmpty() ? List.of()
        : List.of(new OrderCurve("seed " + parameters.getOrDefault("seed", "?"), points));
    List<Confusion> confusions = new ArrayList<>();
    for (ConfusionMatrixView m : journal.confusionMatrices(experimentId)) {
      String title = m.step() == 0 ? "Teacher (step 0)" : "After step " + m.step();
      confusions.add(new Confusion(title, m.classes(), m.counts()));
    }
    List<ClassMetrics> perClass = confusions.isEmpty() ? List.of()
        : ClassMetrics.of(confusions.get(confusions.size() - 1));
    return new EvaluationReport(summary, orders, journal.accuracyMatrix(experimentId),
        fewShot(journal.fewShotResults(experimentId)), perClass, confusions);
  }

  /** Means over the episodes of each compound class and number of shots, in the order they were recorded. */
  static List<FewShotRow> fewShot(List<FewShotResultView> episodes) {
    Map<String, List<FewShotResultView>> groups = new LinkedHashMap<>();
    for (FewShotResultView e : episodes) {
      groups.computeIfAbsent(e.compound() + "\u0000" + e.shots(), k -> new ArrayList<>()).add(e);
    }
    List<FewShotRow> rows = new ArrayList<>();
    for (List<FewShotResultView> group : groups.values()) {
      FewShotResultView first = group.get(0);
      rows.add(new FewShotRow(first.compound(), first.shots(), group.size(),
          group.stream().mapToDouble(FewShotResultView::sevenWayAccuracy).average().orElse(0),
          group.stream().mapToDouble(FewShotResultView::newClassRecall).average().orElse(0),
          group.stream().mapToDouble(FewShotResultView::basicAccuracy).average().orElse(0)));
    }
    return rows;
  }
}
