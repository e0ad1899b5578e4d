package dev.compoundfer.batch.experiment;

import dev.compoundfer.ejb.experiment.ExperimentJournal;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Records why a step failed, in words the console can show, and logs the stack trace for the admin. */
@Dependent
@Named("StepFailureListener")
public class StepFailureListener extends AbstractStepListener {
  private static final Logger LOG = Logger.getLogger(StepFailureListener.class.getName());

  @Inject private JobContext job;
  @Inject private StepContext step;

  // Set on partitioned steps, whose partition threads must not ask JobOperator about the runtime's sub-jobs.
  @Inject @BatchProperty private String experimentId;

  private final ExperimentJournal journal = Lookups.journal();

  @Override
  public void afterStep() {
    Exception failure = step.getException();
    if (failure != null) {
      LOG.log(Level.SEVERE, "Step " + step.getStepName() + " of job execution " + job.getExecutionId()
          + " failed", failure);
      Throwable root = failure;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      long id = experimentId == null ? JobSettings.of(job).experimentId() : Long.parseLong(experimentId);
      journal.failed(id,
          "Step " + step.getStepName() + " failed: " + root.getClass().getSimpleName() + ": " + root.getMessage());
    }
  }
}
