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
import dev.compoundfer.core.network.Freezing;
import dev.compoundfer.core.pretrain.BackboneArtifact;
import dev.compoundfer.core.training.ClassifierTraining;
import dev.compoundfer.core.training.EarlyStopping;
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
 * <p>{@link TeacherStages} choose one stage (the default, from scratch) or the reference's head stage followed by
 * fine-tuning; the checkpoint records the stage, so a run resumed in the fine-tuning stage stays there.
 *
 * <p>The checkpoint keeps the current and the best parameters, Adam's moments and update counts, and the
 * early-stopping state. The random generators are not saved: each epoch re-derives them from an {@code EpochSeed}.
 * So a resumed run takes the same path as an uninterrupted one with the same seed.
 */
public final class TeacherTraining implements AutoCloseable {

  private static final Gson GSON = new Gson();
  private static final String OPTIMIZER = "optimizer";

  private final TrainingConfig config;
  private final TeacherStages stages;
  private final List<Example> train;
  private final List<Example> validation;
  private final Path workDir;
  private final NetworkSession session;
  private ClassifierTraining training;
  private boolean finished;
  /** Epochs of the head stage once it ended; -1 while it runs or when there is a single stage. */
  private int headEpochsDone = -1;

  private TeacherTraining(
      TrainingConfig config, TeacherStages stages, List<Example> train, List<Example> validation, Path workDir) {
    this.config = config;
    this.stages = stages;
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
    return open(config, TeacherStages.single(), train, validation, workDir, null);
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
    return open(config, TeacherStages.single(), train, validation, workDir, pretrained);
  }

  /** As {@link #open(TrainingConfig, List, List, Path)}, training in the given stages. */
  public static TeacherTraining open(
      TrainingConfig config, TeacherStages stages, List<Example> train, List<Example> validation, Path workDir) {
    return open(config, stages, train, validation, workDir, null);
  }

  /**
   * The general form: training in the given stages (the reference's head stage then fine-tuning suits a pretrained
   * backbone), from a pretrained backbone or, if {@code pretrained} is null, from random weights.
   */
  public static TeacherTraining open(
      TrainingConfig config, TeacherStages stages, List<Example> train, List<Example> validation, Path workDir,
      BackboneArtifact pretrained) {
    ExampleChecks.requireBasic("train", train, config);
    ExampleChecks.requireBasic("validation", validation, config);
    TeacherTraining training = new TeacherTraining(config, stages, train, validation, workDir);
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
      // Checkpoints written before stages existed hold 0: a single stage, or the head stage still running.
      headEpochsDone = stages.twoStages() && progress.headEpochsDone() > 0 ? progress.headEpochsDone() : -1;
      training = new ClassifierTraining(stageConfig(), session, data, stageFreezing());
      training.resume(progress.epochsDone(), progress.earlyStopping(), checkpoint.get().blob("best"));
      finished = progress.finished();
      // Checkpoints written before the optimiser state was kept lack the blob: those resume with a fresh Adam.
      byte[] optimizer = checkpoint.get().blobs().get(OPTIMIZER);
      if (optimizer != null) {
        session.restoreOptimizerState(optimizer);
      }
    } else {
      training = new ClassifierTraining(stageConfig(), session, data, stageFreezing());
    }
  }

  private boolean inHeadStage() {
    return stages.twoStages() && headEpochsDone < 0;
  }

  /** The learning rate and the epoch limit (counted from the first epoch of all) of the current stage. */
  private TrainingConfig stageConfig() {
    if (!stages.twoStages()) {
      return config;
    }
    return inHeadStage()
        ? config.withMaxEpochs(stages.headEpochs())
        : config.withLearningRate(stages.fineTuneLearningRate()).withMaxEpochs(headEpochsDone + config.maxEpochs());
  }

  /** Null (the network as built) for a single stage, so that any backbone trains as before. */
  private Freezing stageFreezing() {
    if (!stages.twoStages()) {
      return null;
    }
    return new Freezing(inHeadStage() ? Freezing.Level.HEAD_ONLY : stages.fineTuneFrom(), false);
  }

  /** Ends the head stage: its best weights and best validation accuracy carry into fine-tuning. */
  private void startFineTuning() {
    training.restoreBest();
    headEpochsDone = training.epochsDone();
    EarlyStopping.State best = new EarlyStopping.State(training.earlyStoppingState().best(), 0);
    byte[] bestParameters = training.bestParameters();
    training = new ClassifierTraining(stageConfig(), session,
        new ClassifierTraining.Data(Expression.basic(), train, validation), stageFreezing());
    training.resume(headEpochsDone, best, bestParameters);
  }

  /** 1 = the head stage of two, 2 = fine-tuning; a single-stage teacher is always in stage 2. */
  public int stage() {
    return inHeadStage() ? 1 : 2;
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
    if (summary.stopped() && inHeadStage()) {
      startFineTuning();
      summary = new EpochSummary(summary.epoch(), summary.trainLoss(), summary.trainAccuracy(),
          summary.validationAccuracy(), summary.imagesPerSecond(), summary.improved(), false);
    } else {
      finished = summary.stopped();
    }
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
    return new TeacherResult(accuracy.overall(), accuracy.perClass(), epochsDone(), dir, training.confusion(test));
  }

  /** The network being trained (for tests in this package). */
  NetworkSession session() {
    return session;
  }

  /** Current parameters in DJL block format (for tests and checksums). */
  public byte[] parameters() {
    return session.parameters();
  }

  private void writeCheckpoint() {
    TeacherProgress progress =
        new TeacherProgress(epochsDone(), training.earlyStoppingState(), finished, Math.max(0, headEpochsDone));
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
