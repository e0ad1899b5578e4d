package dev.compoundfer.batch.pretrain;

import dev.compoundfer.batch.experiment.JobSettings;
import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Sends the job through the {@code pretrain} step only when the experiment asked for pretraining, so that other
 * experiments' step runs stay as they were. The answer depends on the job parameters alone: a restart, which
 * decides again, takes the same way.
 */
@Dependent
@Named("PretrainDecider")
public class PretrainDecider implements Decider {
  @Inject private JobContext job;

  @Override
  public String decide(StepExecution[] executions) {
    return JobSettings.of(job).pretrains() ? "PRETRAIN" : "NO_PRETRAINING";
  }
}
