package dev.compoundfer.batch.experiment;

import dev.compoundfer.core.continual.ContinualMethod;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.pretrain.BackboneArtifact;
import dev.compoundfer.core.pretrain.PretrainConfig;
import dev.compoundfer.core.pretrain.PretrainData;
import dev.compoundfer.core.pretrain.PretrainMethod;
import dev.compoundfer.core.training.TrainingConfig;
import dev.compoundfer.ejb.experiment.ExperimentRequest;
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
  // As lab pretrain's defaults, with which docs/benchmarks.md measured the pretraining.
  private static final int PRETRAIN_BATCH = 32;
  private static final double PRETRAIN_LEARNING_RATE = 1e-3;

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
   * from random weights. The experiment's stored parameters have the last word: the {@code pretrain} step adds the
   * backbone it made there, after this execution's parameters were fixed.
   *
   * @throws IllegalStateException if the registered backbone is gone from the database
   */
  public BackboneArtifact pretrained() {
    String id = Lookups.journal().jobParameters(experimentId).getProperty("pretrained", get("pretrained"));
    if (id == null) {
      return null;
    }
    BackboneView view = Lookups.backbones().find(Long.parseLong(id))
        .orElseThrow(() -> new IllegalStateException("The pretrained backbone " + id + " is no longer registered"));
    return BackboneArtifact.read(Path.of(view.path()));
  }

  /** Whether the experiment asked for the {@code pretrain} step. */
  public boolean pretrains() {
    String method = get("pretrainMethod");
    return method != null && !"none".equals(method);
  }

  /** The {@code pretrain} step's settings: the teacher's network, input and device; the lab's batch and rate. */
  public PretrainConfig pretrainConfig() {
    TrainingConfig teacher = trainingConfig();
    return new PretrainConfig(teacher.backbone(), teacher.imageSize(), teacher.channels(), PRETRAIN_BATCH,
        getInt("pretrainEpochs"), PRETRAIN_LEARNING_RATE, seed(), teacher.device());
  }

  /**
   * What the {@code pretrain} step learns from: {@code synthetic} faces (as many subjects as the experiment, at its
   * size, from the generator seed after the experiment's, so other identities than its own dataset's) or a folder.
   */
  public PretrainData pretrainData() {
    SyntheticConfig faces =
        SyntheticConfig.defaults().withSubjects(getInt("subjects")).withImageSize(getInt("imageSize"))
            .withSeed(seed() + 1);
    return PretrainData.of(PretrainMethod.of(get("pretrainMethod")), get("pretrainData"), faces,
        trainingConfig().channels(), PretrainData.TEMPERATURE);
  }

  /** How the compound classes are learned ({@link ExperimentRequest#storedMethod}). */
  public ContinualMethod continualMethod() {
    return ContinualMethod.named(ExperimentRequest.storedMethod(parameters), trainingConfig());
  }

  /** The learning settings: the core defaults for the image size, with this experiment's epochs, seed, device. */
  public TrainingConfig trainingConfig() {
    TrainingConfig d = TrainingConfig.defaults(getInt("imageSize"), 1);
    return new TrainingConfig(get("backbone"), d.imageSize(), d.channels(), d.batchSize(), getInt("teacherEpochs"),
        d.patience(), d.minDelta(), d.learningRate(), getInt("incrementEpochs"), d.incrementLearningRate(),
        d.gamma0(), d.temperature(), get("memoryMode"), d.replayFraction(), seed(), get("device"));
  }
}
