package dev.compoundfer.batch.experiment;

import dev.compoundfer.ejb.experiment.ExperimentJournal;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the experiment's status in step with its job execution (running, stopped). */
@Dependent
@Named("ExperimentJobListener")
public class ExperimentJobListener implements JobListener {
  @Inject private JobContext job;

  private final ExperimentJournal journal = Lookups.journal();

  @Override
  public void beforeJob() {
    journal.running(JobSettings.of(job).experimentId(), job.getExecutionId());
  }

  @Override
  public void afterJob() {
    if (job.getBatchStatus() == BatchStatus.STOPPING || job.getBatchStatus() == BatchStatus.STOPPED) {
      journal.stopped(JobSettings.of(job).experimentId());
    }
  }
}
