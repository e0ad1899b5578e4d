package dev.compoundfer.batch.experiment;

import dev.compoundfer.core.continual.ContinualLearning;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.experiment.Workspace;

/**
 * Opens the continual learner of an experiment from its work folder (teacher, replay memory, last increment), with
 * the experiment's method.
 */
public final class ContinualSession {
  private ContinualSession() {}

  public static ContinualLearning open(JobSettings settings) {
    ExperimentData data = Workspace.open(settings.workDir()).load(settings.trainingConfig());
    return ContinualLearning.open(settings.continualMethod(), settings.trainingConfig(), settings.workDir(), data);
  }
}
