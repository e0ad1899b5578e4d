package dev.compoundfer.batch.pretrain;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.batch.experiment.ProgressReporter;
import dev.compoundfer.batch.experiment.ProgressReporter.Phase;
import dev.compoundfer.core.pretrain.PretrainEpoch;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Journals the start and each finished epoch as progress. */
@Dependent
@Named("PretrainEpochWriter")
public class PretrainEpochWriter extends AbstractItemWriter {
  @Inject private JobContext job;
  @Inject private StepContext step;

  private ProgressReporter progress;
  private String method;
  private PretrainRun run;

  @Override
  public void open(Serializable checkpoint) {
    JobSettings settings = JobSettings.of(job);
    method = settings.get("pretrainMethod");
    progress = new ProgressReporter(Lookups.journal(), settings.experimentId(), Phase.PRETRAIN);
    // The reader opened first (the runtime opens readers before writers) and left the run here.
    run = (PretrainRun) step.getTransientUserData();
    int done = run.training().epochsDone();
    progress.report(String.format(Locale.ROOT, "%s on %s (%d images): epoch %d of %d", method, run.data(),
        run.images(), done + 1, run.training().epochs()), done, run.training().epochs(), 0, 0);
  }

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      PretrainEpoch epoch = (PretrainEpoch) item;
      progress.report(
          String.format(Locale.ROOT, "%s epoch %d of %d, loss %.4f", method, epoch.epoch(), run.training().epochs(),
              epoch.loss()),
          epoch.epoch(), run.training().epochs(), epoch.imagesPerSecond());
    }
  }
}
