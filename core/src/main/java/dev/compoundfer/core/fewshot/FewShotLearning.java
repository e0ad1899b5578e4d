package dev.compoundfer.core.fewshot;

import ai.djl.engine.Engine;
import dev.compoundfer.core.continual.Distillation;
import dev.compoundfer.core.continual.IncrementTraining;
import dev.compoundfer.core.continual.Sessions;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.distillation.DistillationLoss;
import dev.compoundfer.core.distillation.GammaSchedule;
import dev.compoundfer.core.inference.ModelDescriptor;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.replay.PredictiveSorting;
import dev.compoundfer.core.replay.ReplayEntry;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Few-shot learning from the saved teacher (method.md §4): for every episode a fresh copy of the teacher is expanded
 * to 7 outputs (6 basic + the new class) and trained on the episode's shots, each repeated {@link #REPEAT} times per
 * epoch and augmented, with {@code (1 - gamma) CE + gamma KD} against the frozen teacher (gamma = gamma0, T from the
 * config). No basic images and no replay are trained on, as in the reference ({@link FewShotMethod#REFERENCE});
 * {@link FewShotMethod#REPLAY} adds a memory of basic images and distils over the teacher's classes.
 *
 * <p>Departure from the reference: early stopping watches 7-way accuracy on the validation subjects' images of the
 * 6 basic classes and the new class, and the figures come from separate test subjects. The reference stops and scores
 * on the new class's validation images alone, which a model that always answers the new class maximises.
 */
public final class FewShotLearning implements AutoCloseable {

  /** Copies of each shot per epoch (reference: {@code repeat(32)}). */
  public static final int REPEAT = 32;

  private final TrainingConfig config;
  private final Path teacherDir;
  private final FewShotData data;
  private final NetworkSession teacher;
  private final FewShotMethod method;
  private final List<Example> memory;

  private FewShotLearning(TrainingConfig config, Path teacherDir, FewShotData data, NetworkSession teacher,
      FewShotMethod method) {
    this.config = config;
    this.teacherDir = teacherDir;
    this.data = data;
    this.teacher = teacher;
    this.method = method;
    this.memory = method == FewShotMethod.REPLAY ? basicMemory(config, data.train(), teacher) : List.of();
  }

  /**
   * Loads the frozen teacher from {@code TeacherTraining.modelDir(workDir)}.
   *
   * @param train training subjects' images; shots are chosen among them
   * @param validation early-stopping images (basic and compound classes)
   * @param test scored images (basic and compound classes); subjects of the three sets must be disjoint
   */
  public static FewShotLearning open(
      TrainingConfig config, Path workDir, List<Example> train, List<Example> validation, List<Example> test) {
    return open(FewShotMethod.REFERENCE, config, workDir, train, validation, test);
  }

  /** As {@link #open(TrainingConfig, Path, List, List, List)}, learning with the given method. */
  public static FewShotLearning open(FewShotMethod method, TrainingConfig config, Path workDir, List<Example> train,
      List<Example> validation, List<Example> test) {
    FewShotData data = new FewShotData(train, validation, test, config.pixelsPerImage());
    Path teacherDir = TeacherTraining.modelDir(workDir);
    List<Expression> teacherClasses = ModelFiles.descriptor(teacherDir).classes();
    if (!teacherClasses.equals(Expression.basic())) {
      throw new IllegalArgumentException("The model in " + teacherDir + " is not a basic teacher: " + teacherClasses);
    }
    NetworkSession teacher = Sessions.load("teacher", teacherDir, config);
    teacher.freeze();
    try {
      return new FewShotLearning(config, teacherDir, data, teacher, method);
    } catch (RuntimeException e) {
      teacher.close();
      throw e;
    }
  }

  /**
   * m training images of each basic class with the teacher's highest logit for it (Predictive Sorting), m =
   * floor(replayFraction * N_train / 21), at least 1, as the continual phase's memory per class.
   */
  private static List<Example> basicMemory(TrainingConfig config, List<Example> train, NetworkSession teacher) {
    int perClass = config.replayImagesPerClass(train.size());
    Map<String, Example> byRef = train.stream().collect(Collectors.toMap(Example::ref, Function.identity()));
    List<Example> memory = new ArrayList<>();
    List<Expression> basic = Expression.basic();
    for (int c = 0; c < basic.size(); c++) {
      Expression expression = basic.get(c);
      List<Example> images = train.stream().filter(e -> e.expression() == expression).toList();
      if (images.isEmpty()) {
        throw new IllegalArgumentException("No training images of " + expression);
      }
      float[][] logits = teacher.logits(images.stream().map(Example::pixels).toList());
      float[] scores = new float[logits.length];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = logits[i][c];
      }
      List<ReplayEntry> kept = PredictiveSorting.select(
          expression, images.stream().map(Example::ref).toList(), scores, perClass);
      kept.forEach(entry -> memory.add(byRef.get(entry.ref())));
    }
    return List.copyOf(memory);
  }

  /** The basic images every episode replays (empty for {@link FewShotMethod#REFERENCE}). */
  public List<Example> memory() {
    return memory;
  }

  /** Runs one episode on a fresh copy of the teacher. */
  public FewShotResult learn(FewShotEpisode episode) {
    return run(episode, null);
  }

  /** Runs one episode and saves its 7-class model into {@code modelDir} (loadable by {@code ExpressionModel}). */
  public FewShotResult learnAndSave(FewShotEpisode episode, Path modelDir) {
    return run(episode, modelDir);
  }

  private FewShotResult run(FewShotEpisode episode, Path modelDir) {
    long begin = System.nanoTime();
    List<Expression> classes = new ArrayList<>(Expression.basic());
    classes.add(episode.compound());
    // Episode seed, class and shot count all vary the initial row, shuffling, augmentation and dropout.
    int salt = (int) (episode.seed() * 1_000L + episode.compound().ordinal() * 10L + episode.shots());
    // Dropout draws from the engine's generator: reseeded so that an episode does not depend on the ones before.
    Engine.getInstance().setRandomSeed((int) (config.seed() + salt));
    List<Example> shots = repeated(episode.chooseShots(data.train()));
    try (NetworkSession student = Sessions.load("few-shot-student", teacherDir, config)) {
      student.replaceNetwork(student.network().expanded(config.seed() + 7919L * salt));
      IncrementTraining training;
      int epochs;
      if (method == FewShotMethod.REPLAY) {
        // The teacher is the model before this "increment": distilled as kd_prev_* distil the previous model.
        training = new IncrementTraining(config, student,
            new Distillation.FromPreviousModel().loss(0, teacher, teacher, config.temperature()),
            config.incrementMinSteps());
        // As many new images per repetition as each basic class has in memory, and every shot at least once.
        int drawn = Math.max(memory.size() / Expression.basic().size(), episode.shots());
        epochs = training.train(classes, memory, shots, drawn, data.validationOf(classes), salt);
      } else {
        // The reference trains each class as ContinualLearner(i=0): gamma_0, not a later increment's gamma.
        double gamma = new GammaSchedule(config.gamma0()).gamma(0);
        training =
            new IncrementTraining(config, student, new DistillationLoss(teacher, gamma, config.temperature()));
        epochs = training.train(classes, List.of(), shots, shots.size(), data.validationOf(classes), salt);
      }
      EpisodeScore score = score(student, classes);
      if (modelDir != null) {
        ModelFiles.save(
            modelDir, new ModelDescriptor(config.backbone(), config.imageSize(), config.channels(), classes),
            student.parameters());
      }
      return new FewShotResult(episode.compound(), episode.shots(), score.sevenWay(), score.newClassRecall(),
          score.basic(), epochs, (System.nanoTime() - begin) / 1e9, training.imagesTrained());
    }
  }

  private EpisodeScore score(NetworkSession student, List<Expression> classes) {
    List<Example> test = data.testOf(classes);
    return EpisodeScore.of(
        classes,
        test.stream().map(Example::expression).toList(),
        student.logits(test.stream().map(Example::pixels).toList()));
  }

  private static List<Example> repeated(List<Example> shots) {
    List<Example> out = new ArrayList<>(shots.size() * REPEAT);
    for (Example shot : shots) {
      out.addAll(Collections.nCopies(REPEAT, shot));
    }
    return out;
  }

  @Override
  public void close() {
    teacher.close();
  }
}
