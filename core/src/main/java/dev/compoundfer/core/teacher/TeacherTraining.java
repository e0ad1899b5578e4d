package dev.compoundfer.core.teacher;

import ai.djl.engine.Engine;
import com.google.gson.Gson;
import dev.compoundfer.core.checkpoint.Checkpoint;
import dev.compoundfer.core.checkpoint.CheckpointFile;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.inference.ModelDescriptor;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.metrics.ClassAccuracy;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.pretrain.BackboneArtifact;
import dev.compoundfer.core.training.ClassifierTraining;
import dev.compoundfer.core.training.EpochSummary;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trains the teacher on the six basic classes (output index i = {@code Expression.basic().get(i)}), one epoch per
 * call, with a checkpoint after every epoch so that a restarted job resumes at the next epoch.
 *
 * <p>The checkpoint keeps the current and the best parameters, Adam's moments and update counts, and the
 * early-stopping state. The random generators are not saved: each epoch re-derives them from an {@code EpochSeed}.
 * So a resumed run takes the same path as an uninterrupted one with the same seed.
 */
public final class TeacherTraining implements AutoCloseable {

  private static final Gson GSON = new Gson();
  private static final String OPTIMIZER = "optimizer";

  private final TrainingConfig config;
  private final List<Example> train;
  private final List<Example> validation;
  private final Path workDir;
  private final NetworkSession session;
  private ClassifierTraining training;
  private boolean finished;

  private TeacherTraining(
      TrainingConfig config, List<Example> train, List<Example> validation, Path workDir) {
    this.config = config;
    this.train = List.copyOf(train);
    this.validation = List.copyOf(validation);
    this.workDir = workDir;
    Engine.getInstance().setRandomSeed((int) config.seed());
    this.session =
        new NetworkSession(
            "teacher",
            ExpressionNetwork.create(config.backbone(), Expression.basic().size(), config.seed()),
            config.channels(),
            config.imageSize(),
            config.device());
  }

  /** Opens a teacher training on the 6 basic classes; resumes from workDir's teacher checkpoint if one exists. */
  public static TeacherTraining open(
      TrainingConfig config, List<Example> train, List<Example> validation, Path workDir) {
    return open(config, train, validation, workDir, null);
  }

  /**
   * As {@link #open(TrainingConfig, List, List, Path)}, starting a fresh teacher's backbone stages from a pretrained
   * backbone (head and classifier fresh); a resumed teacher continues from its checkpoint instead.
   *
   * @param pretrained the backbone to start from, or null for random initialisation
   * @throws IllegalArgumentException if the artifact's backbone, image size or channels differ from the config
   */
  public static TeacherTraining open(
      TrainingConfig config, List<Example> train, List<Example> validation, Path workDir,
      BackboneArtifact pretrained) {
    ExampleChecks.requireBasic("train", train, config);
    ExampleChecks.requireBasic("validation", validation, config);
    TeacherTraining training = new TeacherTraining(config, train, validation, workDir);
    try {
      Optional<Checkpoint> checkpoint = CheckpointFile.read(checkpointFile(workDir));
      if (checkpoint.isEmpty() && pretrained != null) {
        pretrained.loadInto(
            training.session.network(), config.backbone(), config.imageSize(), config.channels());
      }
      training.resume(checkpoint);
    } catch (RuntimeException e) {
      training.close();
      throw e;
    }
    return training;
  }

  /** Where the teacher checkpoint lives. */
  public static Path checkpointFile(Path workDir) {
    return workDir.resolve("checkpoints").resolve("teacher.ckpt");
  }

  /** Where {@link #finish} saves the teacher model. */
  public static Path modelDir(Path workDir) {
    return workDir.resolve("teacher");
  }

  private void resume(Optional<Checkpoint> checkpoint) {
    ClassifierTraining.Data data = new ClassifierTraining.Data(Expression.basic(), train, validation);
    if (checkpoint.isPresent()) {
      TeacherProgress progress = GSON.fromJson(checkpoint.get().metadata(), TeacherProgress.class);
      session.loadParameters(checkpoint.get().blob("current"));
      training = new ClassifierTraining(config, session, data);
      training.resume(progress.epochsDone(), progress.earlyStopping(), checkpoint.get().blob("best"));
      finished = progress.finished();
      // Checkpoints written before the optimiser state was kept lack the blob: those resume with a fresh Adam.
      byte[] optimizer = checkpoint.get().blobs().get(OPTIMIZER);
      if (optimizer != null) {
        session.restoreOptimizerState(optimizer);
      }
    } else {
      training = new ClassifierTraining(config, session, data);
    }
  }

  public int epochsDone() {
    return training.epochsDone();
  }

  /** Early stopping triggered or maxEpochs reached. */
  public boolean finished() {
    return finished;
  }

  /** Trains one epoch, validates, updates early stopping and writes the checkpoint atomically. */
  public EpochSummary runEpoch() {
    if (finished) {
      throw new IllegalStateException("Teacher training already finished after " + epochsDone() + " epochs");
    }
    EpochSummary summary = training.runEpoch();
    finished = summary.stopped();
    writeCheckpoint();
    return summary;
  }

  /** Restores the best weights, saves the teacher into workDir/teacher/ and evaluates it on {@code test}. */
  public TeacherResult finish(List<Example> test) {
    ExampleChecks.requireBasic("test", test, config);
    training.restoreBest();
    finished = true;
    Path dir =
        ModelFiles.save(
            modelDir(workDir),
            new ModelDescriptor(
                config.backbone(), config.imageSize(), config.channels(), Expression.basic()),
            session.parameters());
    ClassAccuracy accuracy = training.evaluate(test);
    return new TeacherResult(accuracy.overall(), accuracy.perClass(), epochsDone(), dir);
  }

  /** Current parameters in DJL block format (for tests and checksums). */
  public byte[] parameters() {
    return session.parameters();
  }

  private void writeCheckpoint() {
    TeacherProgress progress = new TeacherProgress(epochsDone(), training.earlyStoppingState(), finished);
    CheckpointFile.write(
        checkpointFile(workDir),
        new Checkpoint(
            GSON.toJson(progress),
            Map.of(
                "current", session.parameters(),
                "best", training.bestParameters(),
                OPTIMIZER, session.optimizerState())));
  }

  @Override
  public void close() {
    session.close();
  }
}
