package dev.compoundfer.batch.teacher;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.batch.experiment.ModelFileDescriptions;
import dev.compoundfer.core.teacher.TeacherResult;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.experiment.Workspace;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Yields the next epoch number until early stopping or the epoch limit ends the teacher phase. The training
 * itself resumes from the core's own checkpoint, which is the authority on how many epochs are done.
 */
@Dependent
@Named("EpochReader")
public class EpochReader extends AbstractItemReader {
  @Inject private JobContext job;
  @Inject private StepContext step;

  private final ExperimentJournal journal = Lookups.journal();

  private TeacherTraining training;
  private ExperimentData data;

  @Override
  public void open(Serializable checkpoint) {
    JobSettings settings = JobSettings.of(job);
    // The teacher learns the basic classes only.
    data = Workspace.open(settings.workDir()).load(settings.trainingConfig()).basicOnly();
    training = TeacherTraining.open(settings.trainingConfig(), data.train(), data.validation(),
        settings.workDir(), settings.pretrained());
    step.setTransientUserData(training);
  }

  @Override
  public Integer readItem() {
    return training.finished() ? null : training.epochsDone() + 1;
  }

  @Override
  public Serializable checkpointInfo() {
    return training.epochsDone();
  }

  @Override
  public void close() {
    try {
      if (training.finished()) {
        JobSettings settings = JobSettings.of(job);
        TeacherResult result = training.finish(data.test());
        journal.teacherTrained(settings.experimentId(), result.testAccuracy(), result.epochs(),
            ModelFileDescriptions.of("teacher", result.modelDir(), result.testAccuracy()));
      }
    } finally {
      training.close();
    }
  }
}
