package dev.compoundfer.batch.fewshot;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.batch.experiment.StepRunListener;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import jakarta.batch.api.partition.AbstractPartitionReducer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Runs once on the step's own thread: journals the step's run (a step listener would run on every partition too)
 * and frees the step's shared images however it ended.
 */
@Dependent
@Named("FewShotReducer")
public class FewShotReducer extends AbstractPartitionReducer {
  @Inject private JobContext job;
  @Inject private StepContext step;

  private final ExperimentJournal journal = Lookups.journal();

  private boolean rolledBack;

  @Override
  public void beginPartitionedStep() {
    journal.stepStarted(JobSettings.of(job).experimentId(), job.getExecutionId(), step.getStepName());
  }

  @Override
  public void rollbackPartitionedStep() {
    rolledBack = true;
  }

  /**
   * Payara's runtime passes ROLLBACK here whenever the step's status is not yet COMPLETED, which it never is at
   * this point, so a failure is told by the rollback callback or the step's FAILED status instead.
   */
  @Override
  public void afterPartitionedStepCompletion(PartitionStatus status) {
    JobSettings settings = JobSettings.of(job);
    EpisodeImages.release(settings);
    boolean failed = rolledBack || step.getBatchStatus() == BatchStatus.FAILED;
    journal.stepEnded(settings.experimentId(), job.getExecutionId(), step.getStepName(),
        StepRunListener.endStatus(job, failed), 0);
  }
}
