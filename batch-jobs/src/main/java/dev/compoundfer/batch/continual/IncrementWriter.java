package dev.compoundfer.batch.continual;

import dev.compoundfer.batch.continual.IncrementProcessor.LearnedIncrement;
import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.batch.experiment.ProgressReporter;
import dev.compoundfer.batch.experiment.ProgressReporter.Phase;
import dev.compoundfer.core.continual.IncrementResult;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import dev.compoundfer.ejb.experiment.ExperimentView.IncrementView;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Journals each increment: its result row, its model version and the progress bar. */
@Dependent
@Named("IncrementWriter")
public class IncrementWriter extends AbstractItemWriter {
  @Inject private JobContext job;

  private final ExperimentJournal journal = Lookups.journal();

  private ProgressReporter progress;

  @Override
  public void open(Serializable checkpoint) {
    progress = new ProgressReporter(journal, JobSettings.of(job).experimentId(), Phase.CONTINUAL);
  }

  @Override
  public void writeItems(List<Object> items) {
    JobSettings settings = JobSettings.of(job);
    int total = settings.getInt("increments");
    for (Object item : items) {
      LearnedIncrement learned = (LearnedIncrement) item;
      IncrementResult r = learned.result();
      journal.incrementLearned(settings.experimentId(),
          new IncrementView(r.step(), r.learned().name().toLowerCase(), r.accuracyAllSeen(), r.newClassAccuracy(),
              r.oldClassAccuracy(), r.epochs(), r.seconds()),
          learned.model());
      progress.report(String.format(Locale.ROOT, "learned %s (%d of %d), accuracy on all seen %.1f%%",
          r.learned().displayName(), r.step(), total, 100 * r.accuracyAllSeen()), r.step(), total,
          r.imagesPerSecond());
    }
  }
}
