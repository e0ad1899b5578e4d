package dev.compoundfer.batch.teacher;

import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.EpochSummary;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Trains one epoch; the core writes its checkpoint before this chunk commits. */
@Dependent
@Named("EpochProcessor")
public class EpochProcessor implements ItemProcessor {
  @Inject private StepContext step;

  @Override
  public EpochSummary processItem(Object epoch) {
    return ((TeacherTraining) step.getTransientUserData()).runEpoch();
  }
}
