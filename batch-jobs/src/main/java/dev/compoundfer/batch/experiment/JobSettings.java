package dev.compoundfer.batch.experiment;

import dev.compoundfer.core.pretrain.BackboneArtifact;
import dev.compoundfer.core.training.TrainingConfig;
import dev.compoundfer.ejb.registry.BackboneView;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The job parameters of one execution, parsed once. They were validated when the experiment was created.
 *
 * @param experimentId the experiment row this job writes to
 * @param parameters the raw job parameters
 */
public record JobSettings(long experimentId, Properties parameters) {
  /** The folder under which the product keeps datasets and experiment work folders. */
  public static Path dataRoot() {
    String configured = System.getProperty("fer.data.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "fer-data");
  }

  public static JobSettings of(JobContext job) {
    Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    return new JobSettings(Long.parseLong(parameters.getProperty("experimentId")), parameters);
  }

  public String get(String name) {
    return parameters.getProperty(name);
  }

  public int getInt(String name) {
    return Integer.parseInt(parameters.getProperty(name));
  }

  public long seed() {
    return Long.parseLong(parameters.getProperty("seed"));
  }

  public Path workDir() {
    return dataRoot().resolve("experiments").resolve(Long.toString(experimentId));
  }

  /**
   * The registered backbone the teacher starts from, read and checksum-verified, or null when the experiment starts
   * from random weights.
   *
   * @throws IllegalStateException if the registered backbone is gone from the database
   */
  public BackboneArtifact pretrained() {
    String id = get("pretrained");
    if (id == null) {
      return null;
    }
    BackboneView view = Lookups.backbones().find(Long.parseLong(id))
        .orElseThrow(() -> new IllegalStateException("The pretrained backbone " + id + " is no longer registered"));
    return BackboneArtifact.read(Path.of(view.path()));
  }

  /** The learning settings: the core defaults for the image size, with this experiment's epochs, seed, device. */
  public TrainingConfig trainingConfig() {
    TrainingConfig d = TrainingConfig.defaults(getInt("imageSize"), 1);
    return new TrainingConfig(get("backbone"), d.imageSize(), d.channels(), d.batchSize(), getInt("teacherEpochs"),
        d.patience(), d.minDelta(), d.learningRate(), getInt("incrementEpochs"), d.incrementLearningRate(),
        d.gamma0(), d.temperature(), get("memoryMode"), d.replayFraction(), seed(), get("device"));
  }
}
