package dev.compoundfer.batch.report;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.batch.experiment.ProgressReporter;
import dev.compoundfer.batch.experiment.ProgressReporter.Phase;
import dev.compoundfer.core.metrics.AccuracyMatrix;
import dev.compoundfer.core.experiment.Workspace;
import dev.compoundfer.ejb.experiment.AccuracyCellView;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import dev.compoundfer.ejb.report.ReportService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.List;

/** Computes the summary metrics from the accuracy matrix and writes the Excel workbook. */
@Dependent
@Named("ReportBatchlet")
public class ReportBatchlet extends AbstractBatchlet {
  @Inject private JobContext job;

  private final ExperimentJournal journal = Lookups.journal();

  private final ReportService reports = Lookups.reports();

  @Override
  public String process() {
    JobSettings settings = JobSettings.of(job);
    ProgressReporter progress = new ProgressReporter(journal, settings.experimentId(), Phase.REPORT);
    Workspace workspace = Workspace.open(settings.workDir());
    AccuracyMatrix matrix = workspace.accuracyMatrix();
    Path report = settings.workDir().resolve("report");
    // Metrics first, so the workbook shows them.
    journal.summarised(settings.experimentId(), matrix.overallAccuracy(), matrix.averageForgetting(),
        matrix.backwardTransfer(), matrix.toJson(), cells(matrix));
    journal.confusionMatrices(settings.experimentId(), ConfusionMatrices.of(settings));
    Path written = reports.write(settings.experimentId(), report);
    progress.report("report written", 1, 1, 0);
    journal.completed(settings.experimentId(), written.toString());
    return "COMPLETED";
  }

  private static List<AccuracyCellView> cells(AccuracyMatrix matrix) {
    return matrix.rows().stream()
        .flatMap(row -> row.perClass().entrySet().stream()
            .map(cell -> new AccuracyCellView(row.step(), cell.getKey().name().toLowerCase(), cell.getValue())))
        .toList();
  }
}
