package dev.compoundfer.batch.fewshot;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.batch.experiment.StepRunListener;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import jakarta.batch.api.partition.AbstractPartitionReducer;
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

  @Override
  public void beginPartitionedStep() {
    journal.stepStarted(JobSettings.of(job).experimentId(), job.getExecutionId(), step.getStepName());
  }

  @Override
  public void afterPartitionedStepCompletion(PartitionStatus status) {
    JobSettings settings = JobSettings.of(job);
    EpisodeImages.release(settings);
    journal.stepEnded(settings.experimentId(), job.getExecutionId(), step.getStepName(),
        StepRunListener.endStatus(job, status == PartitionStatus.ROLLBACK), 0);
  }
}
