package dev.compoundfer.core.continual;

import ai.djl.engine.Engine;
import com.google.gson.Gson;
import dev.compoundfer.core.checkpoint.Checkpoint;
import dev.compoundfer.core.checkpoint.CheckpointFile;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.inference.ModelDescriptor;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.metrics.AccuracyMatrix;
import dev.compoundfer.core.metrics.ClassAccuracy;
import dev.compoundfer.core.metrics.ConfusionMatrix;
import dev.compoundfer.core.metrics.OrderMetrics;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.replay.Candidates;
import dev.compoundfer.core.replay.ReplayEntry;
import dev.compoundfer.core.replay.ReplayMemory;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.CrossEntropy;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.StepLoss;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learns the compound classes one increment at a time from the saved teacher (method.md §3.3). The student starts
 * as a copy of the teacher; the teacher stays frozen and is the distillation target of every increment.
 *
 * <p>A checkpoint is written after every {@link #distill} and {@link #learn}; {@link #open} resumes from it, and
 * calling either method again for a class already done returns the stored outcome instead of redoing it. The
 * {@link ContinualMethod} is not checkpointed: a resumed run must be opened with the same method.
 *
 * <p>Checkpoints fall between increments, and every increment starts a fresh Adam (as the reference compiles the
 * model anew per increment), so there are no optimiser moments to keep; the random generators are re-derived per
 * epoch ({@code EpochSeed}). A run resumed at an increment boundary therefore takes the same path as an
 * uninterrupted one.
 */
public final class ContinualLearning implements AutoCloseable {

  private static final Gson GSON = new Gson();

  private final ContinualMethod method;
  private final TrainingConfig config;
  private final Path workDir;
  private final ContinualData data;
  private final NetworkSession teacher;
  private final NetworkSession student;
  private final List<Expression> learned;
  private final ReplayMemory memory;
  private final List<IncrementResult> results;
  private AccuracyMatrix matrix;

  private ContinualLearning(
      ContinualMethod method, TrainingConfig config, Path workDir, ContinualData data, NetworkSession teacher,
      NetworkSession student, ContinualProgress progress) {
    this.method = method;
    this.config = config;
    this.workDir = workDir;
    this.data = data;
    this.teacher = teacher;
    this.student = student;
    this.learned = new ArrayList<>(progress.learned());
    int capacity = (int) Math.floor(config.replayFraction() * data.train().size());
    this.memory = new ReplayMemory(config.memoryMode(), capacity, progress.memoryPerClass(), progress.memory());
    this.results = new ArrayList<>(progress.results());
    this.matrix = new AccuracyMatrix(progress.matrix());
  }

  /**
   * Loads the teacher from workDir/teacher (frozen) and the latest increment checkpoint if any; learns with the
   * reference method, {@link ContinualMethod#kdPsmr}.
   */
  public static ContinualLearning open(
      TrainingConfig config, Path workDir, List<Example> train, List<Example> validation, List<Example> test) {
    return open(
        ContinualMethod.kdPsmr(config), config, workDir, new ExperimentData(train, validation, test));
  }

  /** As {@link #open(TrainingConfig, Path, List, List, List)}, learning with the given method. */
  public static ContinualLearning open(
      ContinualMethod method, TrainingConfig config, Path workDir, ExperimentData experiment) {
    ContinualData data =
        new ContinualData(experiment.train(), experiment.validation(), experiment.test(), config.pixelsPerImage());
    Engine.getInstance().setRandomSeed((int) config.seed());
    Path teacherDir = TeacherTraining.modelDir(workDir);
    NetworkSession teacher = Sessions.load("teacher", teacherDir, config);
    teacher.freeze();
    Optional<Checkpoint> checkpoint = CheckpointFile.read(checkpointFile(workDir));
    NetworkSession student = null;
    try {
      ContinualProgress progress;
      if (checkpoint.isPresent()) {
        progress = GSON.fromJson(checkpoint.get().metadata(), ContinualProgress.class);
        student = Sessions.withParameters("student", progress.learned().size(), checkpoint.get().blob("student"), config);
      } else {
        student = Sessions.load("student", teacherDir, config);
        progress = firstProgress(config, data, student);
      }
      return new ContinualLearning(method, config, workDir, data, teacher, student, progress);
    } catch (RuntimeException e) {
      teacher.close();
      if (student != null) {
        student.close();
      }
      throw e;
    }
  }

  private static ContinualProgress firstProgress(TrainingConfig config, ContinualData data, NetworkSession student) {
    int perClass = config.replayImagesPerClass(data.train().size());
    List<Example> test = data.testOf(Expression.basic());
    ClassAccuracy accuracy = Evaluation.of(student, Expression.basic(), test);
    AccuracyMatrix.Row row = new AccuracyMatrix.Row(0, accuracy.perClass(), accuracy.overall());
    return new ContinualProgress(Expression.basic(), perClass, List.of(), List.of(row), List.of());
  }

  /** Where the continual checkpoint lives. */
  public static Path checkpointFile(Path workDir) {
    return workDir.resolve("checkpoints").resolve("continual.ckpt");
  }

  /**
   * Predictive Sorting (or the method's selection policy): keeps the m training images of this basic class ranked
   * best, for Predictive Sorting the highest raw logit of that class, m = floor(replayFraction * N_train / 21), at
   * least 1. Persisted in the checkpoint. Without replay nothing is kept and the result is empty.
   */
  public List<ReplayEntry> distill(Expression basicClass) {
    if (!basicClass.isBasic()) {
      throw new IllegalArgumentException("distill takes a basic class, not " + basicClass);
    }
    if (method.replay().isEmpty()) {
      return List.of();
    }
    if (!memory.holds(basicClass)) {
      memory.store(basicClass, rank(basicClass));
      writeCheckpoint();
    }
    return memory.of(basicClass);
  }

  /** One increment (method.md §3.3): expand, train with CE + distillation on new images + memory, evaluate, replay. */
  public IncrementResult learn(Expression compoundClass) {
    if (!compoundClass.isCompound()) {
      throw new IllegalArgumentException("learn takes a compound class, not " + compoundClass);
    }
    Optional<IncrementResult> done = results.stream().filter(r -> r.learned() == compoundClass).findFirst();
    if (done.isPresent()) {
      return done.get();
    }
    List<Expression> missing = Expression.basic().stream().filter(e -> !memory.holds(e)).toList();
    if (method.replay().isPresent() && !missing.isEmpty()) {
      throw new IllegalStateException("Call distill for every basic class first; missing " + missing);
    }
    long begin = System.nanoTime();
    int increment = learned.size() - Expression.basic().size();
    int epochs;
    IncrementTraining training;
    try (NetworkSession previous = previousModel()) {
      student.replaceNetwork(student.network().expanded(config.seed() + 7919L * (increment + 1)));
      learned.add(compoundClass);
      StepLoss loss =
          method.distillation()
              .map(distillation -> distillation.loss(increment, teacher, previous, config.temperature()))
              .orElseGet(CrossEntropy::new);
      training = new IncrementTraining(config, student, loss, config.incrementMinSteps());
      epochs = training.train(learned, trainingPool(), data.trainOf(List.of(compoundClass)), memory.perClass(),
          data.validationOf(learned), increment);
    }
    IncrementResult result = evaluate(increment + 1, compoundClass, epochs, (System.nanoTime() - begin) / 1e9,
        training.imagesTrained());
    if (method.replay().isPresent()) {
      memory.resizeFor(learned.size());
      memory.store(compoundClass, rank(compoundClass));
    }
    results.add(result);
    matrix = matrix.with(new AccuracyMatrix.Row(result.step(), result.perClassAccuracy(), result.accuracyAllSeen()));
    writeCheckpoint();
    return result;
  }

  /** A frozen copy of the student before expansion if the method distils from it, else null. */
  private NetworkSession previousModel() {
    if (!method.distilsThePreviousModel()) {
      return null;
    }
    NetworkSession previous = Sessions.withParameters("previous", learned.size(), student.parameters(), config);
    previous.freeze();
    return previous;
  }

  private List<Example> trainingPool() {
    return data.byRefs(memory.entries().stream().map(ReplayEntry::ref).toList());
  }

  private List<ReplayEntry> rank(Expression expression) {
    List<Example> images = data.trainOf(List.of(expression));
    if (images.isEmpty()) {
      throw new IllegalArgumentException("No training images of " + expression);
    }
    List<float[]> pixels = images.stream().map(Example::pixels).toList();
    float[][] logits = student.logits(pixels);
    int index = learned.indexOf(expression);
    float[] scores = new float[logits.length];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = logits[i][index];
    }
    Candidates candidates =
        new Candidates(expression, images.stream().map(Example::ref).toList(), scores, student.features(pixels));
    return method.replay().orElseThrow().select(candidates, memory.perClass());
  }

  private IncrementResult evaluate(int step, Expression newClass, int epochs, double seconds, long imagesTrained) {
    List<Example> seen = data.testOf(learned);
    float[][] logits = student.logits(seen.stream().map(Example::pixels).toList());
    List<Expression> truth = seen.stream().map(Example::expression).toList();
    ClassAccuracy all = ClassAccuracy.of(learned, truth, logits);
    ConfusionMatrix confusion = ConfusionMatrix.of(learned, truth, logits);
    List<Expression> old = learned.subList(0, learned.size() - 1);
    ClassAccuracy oldOnly = Evaluation.of(student, learned, data.testOf(old));
    double newAccuracy = all.perClass().getOrDefault(newClass, 0.0);
    return new IncrementResult(step, newClass, all.overall(), newAccuracy, oldOnly.overall(), all.perClass(), epochs,
        seconds, confusion, imagesTrained);
  }

  /** Basic 6 + compound classes learned so far, in output-index order. */
  public List<Expression> learnedClasses() {
    return List.copyOf(learned);
  }

  /** The accuracy matrix so far (step 0 = teacher on the basic test images). */
  public AccuracyMatrix accuracyMatrix() {
    return matrix;
  }

  /**
   * The metrics of this class order so far: the accuracy matrix's overall accuracy, forgetting and BWT, the mean
   * new-class recall, old-class accuracy and macro F1 after the last increment. Before any increment: the teacher's
   * step alone (old-class accuracy and macro F1 are then NaN).
   */
  public OrderMetrics metrics() {
    IncrementResult last = results.isEmpty() ? null : results.get(results.size() - 1);
    return new OrderMetrics(
        matrix.overallAccuracy(),
        results.stream().mapToDouble(IncrementResult::newClassAccuracy).average().orElse(Double.NaN),
        last == null ? Double.NaN : last.oldClassAccuracy(),
        matrix.averageForgetting(),
        matrix.backwardTransfer(),
        last == null || last.confusion() == null ? Double.NaN : last.confusion().macroF1());
  }

  /** What every increment so far achieved, in order. */
  public List<IncrementResult> increments() {
    return List.copyOf(results);
  }

  /** Saves the current model, loadable by {@code ExpressionModel}; returns {@code dir}. */
  public Path saveModel(Path dir) {
    return ModelFiles.save(
        dir, new ModelDescriptor(config.backbone(), config.imageSize(), config.channels(), learned),
        student.parameters());
  }

  private void writeCheckpoint() {
    ContinualProgress progress =
        new ContinualProgress(learned, memory.perClass(), memory.entries(), matrix.rows(), results);
    CheckpointFile.write(
        checkpointFile(workDir), new Checkpoint(GSON.toJson(progress), Map.of("student", student.parameters())));
  }

  @Override
  public void close() {
    student.close();
    teacher.close();
  }
}
