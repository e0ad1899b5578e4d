package dev.compoundfer.batch.teacher;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.batch.experiment.ProgressReporter;
import dev.compoundfer.batch.experiment.ProgressReporter.Phase;
import dev.compoundfer.core.training.EpochSummary;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/** Journals each finished epoch as progress. */
@Dependent
@Named("EpochWriter")
public class EpochWriter extends AbstractItemWriter {
  @Inject private JobContext job;

  private final ExperimentJournal journal = Lookups.journal();

  private ProgressReporter progress;
  private int maxEpochs;

  @Override
  public void writeItems(List<Object> items) {
    if (progress == null) {
      JobSettings settings = JobSettings.of(job);
      maxEpochs = settings.getInt("teacherEpochs");
      EpochSummary first = (EpochSummary) items.get(0);
      progress = new ProgressReporter(journal, settings.experimentId(), Phase.TEACHER, first.epoch() - 1);
    }
    for (Object item : items) {
      EpochSummary epoch = (EpochSummary) item;
      int total = epoch.stopped() ? epoch.epoch() : maxEpochs;
      progress.report(
          String.format(Locale.ROOT, "epoch %d of at most %d, validation accuracy %.1f%%", epoch.epoch(), maxEpochs,
              100 * epoch.validationAccuracy()),
          epoch.epoch(), total, epoch.imagesPerSecond());
    }
  }
}
