package dev.compoundfer.batch.continual;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.ModelFileDescriptions;
import dev.compoundfer.core.continual.ContinualLearning;
import dev.compoundfer.core.continual.IncrementResult;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.experiment.Workspace;
import dev.compoundfer.ejb.registry.ModelFile;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;

/** Learns one compound class, saves the grown model and records the accuracies of every seen class. */
@Dependent
@Named("IncrementProcessor")
public class IncrementProcessor implements ItemProcessor {
  @Inject private JobContext job;
  @Inject private StepContext step;

  @Override
  public LearnedIncrement processItem(Object compoundClass) {
    ContinualLearning learner = (ContinualLearning) step.getTransientUserData();
    IncrementResult result = learner.learn((Expression) compoundClass);
    Workspace workspace = Workspace.open(JobSettings.of(job).workDir());
    Path modelDir = learner.saveModel(workspace.modelDir("increment-" + result.step()));
    workspace.saveAccuracyMatrix(learner.accuracyMatrix());
    return new LearnedIncrement(
        result, ModelFileDescriptions.of("increment-" + result.step(), modelDir, result.accuracyAllSeen()));
  }

  /** An increment's result and the model it left. */
  public record LearnedIncrement(IncrementResult result, ModelFile model) {}
}
