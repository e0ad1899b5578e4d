package dev.compoundfer.batch.experiment;

import dev.compoundfer.ejb.experiment.ExperimentJournal;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;

/**
 * Journals when each step starts and ends and under which job execution. Not for partitioned steps, whose partition
 * threads run step listeners too: their reducer journals the step once.
 */
@Dependent
@Named("StepRunListener")
public class StepRunListener extends AbstractStepListener {
  @Inject private JobContext job;
  @Inject private StepContext step;

  private final ExperimentJournal journal = Lookups.journal();

  @Override
  public void beforeStep() {
    journal.stepStarted(JobSettings.of(job).experimentId(), job.getExecutionId(), step.getStepName());
  }

  @Override
  public void afterStep() {
    journal.stepEnded(JobSettings.of(job).experimentId(), job.getExecutionId(), step.getStepName(),
        endStatus(job, step.getException() != null), readCount(step));
  }

  /** Items read by this run of the step: its in-memory metrics are current while its listeners run. */
  private static int readCount(StepContext step) {
    return Arrays.stream(step.getMetrics())
        .filter(m -> m.getType() == Metric.MetricType.READ_COUNT)
        .mapToInt(m -> (int) m.getValue())
        .findFirst()
        .orElse(0);
  }

  /**
   * The step's status at its end (its batch status still reads STARTED while listeners run): STOPPED when the job
   * is stopping, else FAILED or COMPLETED.
   */
  public static String endStatus(JobContext job, boolean failed) {
    BatchStatus status = job.getBatchStatus();
    if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
      return BatchStatus.STOPPED.name();
    }
    return failed ? BatchStatus.FAILED.name() : BatchStatus.COMPLETED.name();
  }
}
