package dev.compoundfer.batch.pretrain;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.core.pretrain.BackboneArtifact;
import dev.compoundfer.core.pretrain.PretrainData;
import dev.compoundfer.core.pretrain.PretrainTraining;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import dev.compoundfer.ejb.registry.BackboneView;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * Yields the next pretraining epoch until all are done; the core's checkpoint is the authority on how many are.
 * When the last one is done, the backbone is written as an artifact, registered, and becomes the experiment's
 * {@code pretrained} backbone, which the teacher step starts from.
 */
@Dependent
@Named("PretrainEpochReader")
public class PretrainEpochReader extends AbstractItemReader {
  @Inject private JobContext job;
  @Inject private StepContext step;

  private final ExperimentJournal journal = Lookups.journal();

  private PretrainTraining training;
  private PretrainData data;

  @Override
  public void open(Serializable checkpoint) {
    JobSettings settings = JobSettings.of(job);
    data = settings.pretrainData();
    training = PretrainTraining.open(settings.pretrainConfig(), data.task(), checkpointFile(settings.workDir()));
    step.setTransientUserData(new PretrainRun(training, data.description(), data.task().size()));
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
        BackboneArtifact artifact = training.writeArtifact(settings.workDir().resolve("backbone"), data.description());
        BackboneView registered = Lookups.backbones().registerPretrained(artifact.dir().toString());
        journal.pretrained(settings.experimentId(), registered.id());
      }
    } finally {
      training.close();
    }
  }

  static Path checkpointFile(Path workDir) {
    return workDir.resolve("checkpoints").resolve("pretrain.ckpt");
  }
}
