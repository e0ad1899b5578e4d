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
import dev.compoundfer.core.training.Augmentation;
import dev.compoundfer.core.training.CrossEntropy;
import dev.compoundfer.core.training.EarlyStopping;
import dev.compoundfer.core.training.EpochSummary;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.TrainingConfig;
import dev.compoundfer.core.training.TrainingEpoch;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Trains the teacher on the six basic classes (output index i = {@code Expression.basic().get(i)}), one epoch per
 * call, with a checkpoint after every epoch so that a restarted job resumes at the next epoch.
 *
 * <p>The checkpoint keeps the current and the best parameters and the early-stopping state; it does not keep Adam's
 * moments or the random generators, so a resumed run continues from identical weights but not bit-identically.
 */
public final class TeacherTraining implements AutoCloseable {

  private static final Gson GSON = new Gson();

  private final TrainingConfig config;
  private final List<Example> train;
  private final List<Example> validation;
  private final Path workDir;
  private final NetworkSession session;
  private EarlyStopping earlyStopping;
  private int epochsDone;
  private boolean finished;
  private byte[] bestParameters;

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
    this.earlyStopping = new EarlyStopping(config.patience(), config.minDelta());
  }

  /** Opens a teacher training on the 6 basic classes; resumes from workDir's teacher checkpoint if one exists. */
  public static TeacherTraining open(
      TrainingConfig config, List<Example> train, List<Example> validation, Path workDir) {
    ExampleChecks.requireBasic("train", train, config);
    ExampleChecks.requireBasic("validation", validation, config);
    TeacherTraining training = new TeacherTraining(config, train, validation, workDir);
    try {
      training.resume(CheckpointFile.read(checkpointFile(workDir)));
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
    if (checkpoint.isPresent()) {
      TeacherProgress progress = GSON.fromJson(checkpoint.get().metadata(), TeacherProgress.class);
      session.loadParameters(checkpoint.get().blob("current"));
      bestParameters = checkpoint.get().blob("best");
      epochsDone = progress.epochsDone();
      finished = progress.finished();
      earlyStopping = new EarlyStopping(config.patience(), config.minDelta(), progress.earlyStopping());
    }
    session.startTraining(config.learningRate());
  }

  public int epochsDone() {
    return epochsDone;
  }

  /** Early stopping triggered or maxEpochs reached. */
  public boolean finished() {
    return finished;
  }

  /** Trains one epoch, validates, updates early stopping and writes the checkpoint atomically. */
  public EpochSummary runEpoch() {
    if (finished) {
      throw new IllegalStateException("Teacher training already finished after " + epochsDone + " epochs");
    }
    long epochSeed = config.seed() * 1_000_003L + epochsDone;
    TrainingEpoch.BatchPlan plan =
        new TrainingEpoch.BatchPlan(
            config.batchSize(),
            config.pixelsPerImage(),
            new Augmentation(config.channels(), config.imageSize(), epochSeed),
            new Random(epochSeed));
    TrainingEpoch.Result result =
        TrainingEpoch.run(session, train, Expression.basic(), new CrossEntropy(), plan);
    double validationAccuracy = evaluate(validation).overall();
    boolean improved = earlyStopping.update(validationAccuracy);
    if (improved || bestParameters == null) {
      bestParameters = session.parameters();
    }
    epochsDone++;
    finished = earlyStopping.triggered() || epochsDone >= config.maxEpochs();
    writeCheckpoint();
    return new EpochSummary(
        epochsDone,
        result.loss(),
        result.accuracy(),
        validationAccuracy,
        result.imagesPerSecond(),
        improved,
        finished);
  }

  /** Restores the best weights, saves the teacher into workDir/teacher/ and evaluates it on {@code test}. */
  public TeacherResult finish(List<Example> test) {
    ExampleChecks.requireBasic("test", test, config);
    if (bestParameters != null) {
      session.loadParameters(bestParameters);
    }
    finished = true;
    Path dir =
        ModelFiles.save(
            modelDir(workDir),
            new ModelDescriptor(
                config.backbone(), config.imageSize(), config.channels(), Expression.basic()),
            session.parameters());
    ClassAccuracy accuracy = evaluate(test);
    return new TeacherResult(accuracy.overall(), accuracy.perClass(), epochsDone, dir);
  }

  /** Current parameters in DJL block format (for tests and checksums). */
  public byte[] parameters() {
    return session.parameters();
  }

  private ClassAccuracy evaluate(List<Example> examples) {
    float[][] logits = session.logits(examples.stream().map(Example::pixels).toList());
    return ClassAccuracy.of(
        Expression.basic(), examples.stream().map(Example::expression).toList(), logits);
  }

  private void writeCheckpoint() {
    TeacherProgress progress = new TeacherProgress(epochsDone, earlyStopping.state(), finished);
    CheckpointFile.write(
        checkpointFile(workDir),
        new Checkpoint(
            GSON.toJson(progress), Map.of("current", session.parameters(), "best", bestParameters)));
  }

  @Override
  public void close() {
    session.close();
  }
}
