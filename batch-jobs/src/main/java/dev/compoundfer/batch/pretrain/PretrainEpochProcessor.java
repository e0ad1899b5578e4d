package dev.compoundfer.batch.pretrain;

import dev.compoundfer.core.pretrain.PretrainEpoch;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Pretrains one epoch; the core writes its checkpoint before this chunk commits. */
@Dependent
@Named("PretrainEpochProcessor")
public class PretrainEpochProcessor implements ItemProcessor {
  @Inject private StepContext step;

  @Override
  public PretrainEpoch processItem(Object epoch) {
    return ((PretrainRun) step.getTransientUserData()).training().runEpoch();
  }
}
