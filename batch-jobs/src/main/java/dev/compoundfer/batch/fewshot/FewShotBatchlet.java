package dev.compoundfer.batch.fewshot;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.batch.experiment.ProgressReporter;
import dev.compoundfer.batch.experiment.ProgressReporter.Phase;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.fewshot.FewShotEpisode;
import dev.compoundfer.core.fewshot.FewShotLearning;
import dev.compoundfer.core.fewshot.FewShotMethod;
import dev.compoundfer.core.fewshot.FewShotResult;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import dev.compoundfer.ejb.experiment.FewShotResultView;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * One partition of the fewshot step: one episode, stored as soon as it is scored. An episode already stored (by a
 * partition that finished before a crash) is not learned again.
 */
@Dependent
@Named("FewShotBatchlet")
public class FewShotBatchlet extends AbstractBatchlet {
  // Partition threads get the experiment from the job XML, not from JobOperator (sub-job executions are the
  // runtime's own).
  @Inject @BatchProperty private String experimentId;
  @Inject @BatchProperty private String compound;
  @Inject @BatchProperty private String shots;

  private final ExperimentJournal journal = Lookups.journal();

  @Override
  public String process() {
    long id = Long.parseLong(experimentId);
    Expression expression = Expression.valueOf(compound);
    int shotCount = Integer.parseInt(shots);
    String name = expression.name().toLowerCase(Locale.ROOT);
    if (journal.fewShotDone(id, name, shotCount)) {
      return "ALREADY_STORED";
    }
    long began = System.nanoTime();
    JobSettings settings = new JobSettings(id, journal.jobParameters(id));
    ExperimentData data = EpisodeImages.of(settings);
    FewShotResult r;
    // Ours (kd_prev_*) replays basic images beside the shots; the reference trains on the shots alone.
    try (FewShotLearning learning = FewShotLearning.open(FewShotMethod.of(settings.continualMethod()),
        settings.trainingConfig(), settings.workDir(), data.train(), data.validation(), data.test())) {
      r = learning.learn(new FewShotEpisode(expression, shotCount, settings.seed()));
    }
    int stored = journal.fewShotLearned(id, new FewShotResultView(name, shotCount, settings.seed(),
        r.sevenWayAccuracy(), r.newClassRecall(), r.basicAccuracy(), r.epochs(), r.seconds()));
    int total = FewShotPartitionMapper.episodes(settings);
    // The episodes left share the partition threads, each taking about as long as this one.
    double seconds = (System.nanoTime() - began) / 1e9;
    long eta = Math.round(seconds * (total - stored) / settings.getInt("fewShotThreads"));
    new ProgressReporter(journal, id, Phase.FEWSHOT).report(
        String.format(Locale.ROOT, "%d-shot %s: 7-way accuracy %.1f%%, new-class recall %.1f%%", shotCount,
            expression.displayName(), 100 * r.sevenWayAccuracy(), 100 * r.newClassRecall()),
        stored, total, r.imagesTrained() / Math.max(r.seconds(), 1e-9), eta);
    return "LEARNED";
  }
}
