package dev.compoundfer.batch.distill;

import dev.compoundfer.batch.distill.ReplaySelectionProcessor.ReplaySelection;
import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.batch.experiment.ProgressReporter;
import dev.compoundfer.batch.experiment.ProgressReporter.Phase;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import dev.compoundfer.ejb.experiment.ReplaySampleView;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Journals each selected replay set as progress. */
@Dependent
@Named("ReplaySetWriter")
public class ReplaySetWriter extends AbstractItemWriter {
  @Inject private JobContext job;

  private final ExperimentJournal journal = Lookups.journal();

  private ProgressReporter progress;

  @Override
  public void open(Serializable checkpoint) {
    progress = new ProgressReporter(journal, JobSettings.of(job).experimentId(), Phase.DISTILL);
  }

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      ReplaySelection selection = (ReplaySelection) item;
      journal.replaySelected(JobSettings.of(job).experimentId(), selection.expression().name().toLowerCase(),
          selection.entries().stream()
              .map(e -> new ReplaySampleView(e.expression().name().toLowerCase(), e.ref(), e.score(), e.rank()))
              .toList());
      int done = Expression.basic().indexOf(selection.expression()) + 1;
      progress.report(selection.entries().size() + " replay images kept for "
          + selection.expression().displayName(), done, Expression.basic().size(), 0);
    }
  }
}
