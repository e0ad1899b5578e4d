package dev.compoundfer.core.benchmark;

import com.google.gson.GsonBuilder;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.compoundfer.core.continual.ClassOrder;
import dev.compoundfer.core.continual.ContinualLearning;
import dev.compoundfer.core.continual.ContinualMethod;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.fewshot.FewShotEpisode;
import dev.compoundfer.core.fewshot.FewShotLearning;
import dev.compoundfer.core.fewshot.FewShotResult;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.network.FeatureStages;
import dev.compoundfer.core.pretrain.BackboneArtifact;
import dev.compoundfer.core.pretrain.BackbonePretraining;
import dev.compoundfer.core.pretrain.PretrainConfig;
import dev.compoundfer.core.pretrain.PretrainData;
import dev.compoundfer.core.pretrain.PretrainMethod;
import dev.compoundfer.core.pretrain.PretrainResult;
import dev.compoundfer.core.pretrain.Provenance;
import dev.compoundfer.core.teacher.TeacherResult;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.Batches;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Pretraining side by side: the teacher with 10 %, 30 % and 100 % of its training labels, few-shot learning with
 * 1, 3 and 5 shots and continual learning (kd_psmr, one order), each from (a) random initialisation, (b) SimCLR on
 * unlabeled synthetic faces of other identities (another generator seed) and (c) action-unit regression on the same
 * other faces. Prints pretraining time and throughput, a Markdown table, and writes JSON.
 *
 * <p>{@code -Dbackbone=small-flat} (the product's experiment default) {@code PretrainBenchmark [out=docs/benchmarks/pretrain.json] [subjects=30] [pretrainSubjects=30]
 * [pretrainEpochs=8] [teacherEpochs=30] [incrementEpochs=4] [increments=5] [fewShotClasses=2]}
 */
public final class PretrainBenchmark {

  private static final int IMAGE_SIZE = 32;
  private static final long SEED = 42;
  /** The pretraining faces' generator seed: other identities than the experiment's (seed 42). */
  private static final long OTHER_FACES = 7;
  private static final double[] FRACTIONS = {0.1, 0.3, 1.0};

  private PretrainBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(arg(args, 0, "docs/benchmarks/pretrain.json"));
    int subjects = Integer.parseInt(arg(args, 1, "30"));
    int pretrainSubjects = Integer.parseInt(arg(args, 2, "30"));
    int pretrainEpochs = Integer.parseInt(arg(args, 3, "8"));
    int teacherEpochs = Integer.parseInt(arg(args, 4, "30"));
    int incrementEpochs = Integer.parseInt(arg(args, 5, "4"));
    int increments = Integer.parseInt(arg(args, 6, "5"));
    int fewShotClasses = Integer.parseInt(arg(args, 7, "2"));
    TrainingConfig d = TrainingConfig.defaults(IMAGE_SIZE, 1);
    String backbone = System.getProperty("backbone", "small-flat");
    TrainingConfig config = new TrainingConfig(backbone, IMAGE_SIZE, 1, d.batchSize(), teacherEpochs,
        d.patience(), d.minDelta(), d.learningRate(), incrementEpochs, d.incrementLearningRate(), d.gamma0(),
        d.temperature(), "grow", d.replayFraction(), SEED, "cpu");
    long begin = System.nanoTime();
    Path dir = Files.createTempDirectory("pretrain-bench-");
    SyntheticConfig experimentFaces = SyntheticConfig.defaults().withSubjects(subjects).withImageSize(IMAGE_SIZE);
    ExperimentData data = BenchmarkData.render(experimentFaces, config, dir);
    SyntheticConfig otherFaces =
        experimentFaces.withSubjects(pretrainSubjects).withSeed(OTHER_FACES);
    PretrainConfig pretrain = new PretrainConfig(config.backbone(), IMAGE_SIZE, 1, 32, pretrainEpochs, 1e-3, SEED,
        "cpu");

    List<Map<String, Object>> rows = new ArrayList<>();
    for (String init : List.of("random", "simclr", "au")) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("init", init);
      BackboneArtifact artifact = null;
      if (!init.equals("random")) {
        artifact = pretrain(PretrainMethod.of(init), otherFaces, pretrain, dir.resolve("artifact-" + init), row);
      }
      neighbours(config, artifact, data.test(), row);
      Path fullTeacher = null;
      for (double fraction : FRACTIONS) {
        Path work = dir.resolve(init).resolve("teacher-" + fraction);
        TeacherResult teacher = teacher(config, data, fraction, work, artifact);
        row.put("teacher_" + Math.round(fraction * 100), round(teacher.testAccuracy()));
        fullTeacher = work;
        System.out.printf(Locale.ROOT, "%s teacher %.0f%%: %.3f after %d epochs%n", init, fraction * 100,
            teacher.testAccuracy(), teacher.epochs());
      }
      fewShot(config, data, fullTeacher, fewShotClasses, row);
      row.put("continual_overall", round(continual(config, data, fullTeacher, dir.resolve(init).resolve("continual"),
          increments)));
      System.out.println(row);
      rows.add(row);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("config", Map.of("subjects", subjects, "pretrain_subjects", pretrainSubjects,
        "pretrain_epochs", pretrainEpochs, "teacher_max_epochs", teacherEpochs, "increment_epochs", incrementEpochs,
        "increments", increments, "fewshot_classes", fewShotClasses, "backbone", config.backbone(),
        "image_size", IMAGE_SIZE, "train_images", data.train().size()));
    report.put("results", rows);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(report) + "\n");
    System.out.println(table(rows));
    System.out.printf(Locale.ROOT, "Wrote %s in %.0f s%n", out, (System.nanoTime() - begin) / 1e9);
  }

  private static BackboneArtifact pretrain(PretrainMethod method, SyntheticConfig faces, PretrainConfig config,
      Path dir, Map<String, Object> row) {
    PretrainData data = PretrainData.of(method, "synthetic", faces, 1, PretrainData.TEMPERATURE);
    PretrainResult result = BackbonePretraining.train(config, data.task(), epoch -> { });
    System.out.printf(Locale.ROOT, "%s pretraining: %d images, loss %s, %.0f s, %.1f images/s%n", method.label(),
        data.task().size(), result.epochLosses(), result.seconds(), result.imagesPerSecond());
    row.put("pretrain_images", data.task().size());
    row.put("pretrain_seconds", round(result.seconds()));
    row.put("pretrain_images_per_second", round(result.imagesPerSecond()));
    row.put("pretrain_loss_first", round(result.epochLosses().get(0)));
    row.put("pretrain_loss_last", round(result.finalLoss()));
    return BackboneArtifact.write(dir, result.parameters(), Provenance.of(config, data.task(), data.description(),
        result));
  }

  /**
   * Why a pretraining helps or not: for every test image, its nearest other test image by cosine similarity of the
   * backbone's globally averaged last feature map; the share whose neighbour shows the same expression (chance about
   * 1/21) and the share whose neighbour is the same subject (chance about 1 / test subjects).
   */
  private static void neighbours(TrainingConfig config, BackboneArtifact artifact, List<Example> test,
      Map<String, Object> row) {
    try (NetworkSession session = new NetworkSession("probe",
        ExpressionNetwork.create(config.backbone(), 6, config.seed()), 1, IMAGE_SIZE, "cpu")) {
      if (artifact != null) {
        artifact.loadInto(session.network(), config.backbone(), IMAGE_SIZE, 1);
      }
      FeatureStages stages = (FeatureStages) session.network().features();
      int n = test.size();
      float[] similarity;
      try (NDManager scope = session.manager().newSubManager()) {
        NDArray x = scope.create(Batches.stack(test.stream().map(Example::pixels).toList(), IMAGE_SIZE * IMAGE_SIZE),
            new Shape(n, 1, IMAGE_SIZE, IMAGE_SIZE));
        for (String name : stages.stageNames()) {
          if (!FeatureStages.HEAD.equals(name)) {
            x = stages.stage(name).forward(new ParameterStore(scope, false), new NDList(x), false).singletonOrThrow();
          }
        }
        NDArray pooled = x.mean(new int[] {3}).mean(new int[] {2});
        NDArray unit = pooled.div(pooled.norm(new int[] {1}, true).maximum(1e-8f));
        similarity = unit.matMul(unit.transpose()).toFloatArray();
      }
      int sameExpression = 0;
      int sameSubject = 0;
      for (int i = 0; i < n; i++) {
        int best = -1;
        for (int j = 0; j < n; j++) {
          if (j != i && (best < 0 || similarity[i * n + j] > similarity[i * n + best])) {
            best = j;
          }
        }
        sameExpression += test.get(best).expression() == test.get(i).expression() ? 1 : 0;
        sameSubject += test.get(best).subject().equals(test.get(i).subject()) ? 1 : 0;
      }
      row.put("nn_same_expression", round((double) sameExpression / n));
      row.put("nn_same_subject", round((double) sameSubject / n));
      System.out.printf(Locale.ROOT, "nearest test neighbour: same expression %.3f, same subject %.3f (%d images)%n",
          (double) sameExpression / n, (double) sameSubject / n, n);
    }
  }

  private static TeacherResult teacher(TrainingConfig config, ExperimentData data, double fraction, Path work,
      BackboneArtifact artifact) {
    List<Example> train = labelled(basic(data.train()), fraction);
    try (TeacherTraining training =
        TeacherTraining.open(config, train, basic(data.validation()), work, artifact)) {
      while (!training.finished()) {
        training.runEpoch();
      }
      return training.finish(basic(data.test()));
    }
  }

  /** A stratified share of the labelled images: per class, round(fraction x n) of them (at least one), seeded. */
  static List<Example> labelled(List<Example> examples, double fraction) {
    List<Example> out = new ArrayList<>();
    for (Expression expression : Expression.basic()) {
      List<Example> ofClass = new ArrayList<>(examples.stream().filter(e -> e.expression() == expression)
          .sorted(Comparator.comparing(Example::ref)).toList());
      Collections.shuffle(ofClass, new Random(SEED + expression.ordinal()));
      out.addAll(ofClass.subList(0, Math.max(1, (int) Math.round(fraction * ofClass.size()))));
    }
    return out;
  }

  private static void fewShot(TrainingConfig config, ExperimentData data, Path teacherWork, int classes,
      Map<String, Object> row) {
    try (FewShotLearning learning =
        FewShotLearning.open(config, teacherWork, data.train(), data.validation(), data.test())) {
      for (int shots : List.of(1, 3, 5)) {
        double sevenWay = 0;
        double recall = 0;
        for (Expression compound : Expression.compound().subList(0, classes)) {
          FewShotResult result = learning.learn(new FewShotEpisode(compound, shots, SEED));
          sevenWay += result.sevenWayAccuracy() / classes;
          recall += result.newClassRecall() / classes;
        }
        row.put("fewshot_" + shots, round(sevenWay));
        row.put("fewshot_" + shots + "_recall", round(recall));
      }
    }
  }

  private static double continual(TrainingConfig config, ExperimentData data, Path teacherWork, Path work,
      int increments) throws Exception {
    Path teacherCopy = TeacherTraining.modelDir(work);
    Files.createDirectories(teacherCopy);
    try (Stream<Path> files = Files.list(TeacherTraining.modelDir(teacherWork))) {
      for (Path file : files.toList()) {
        Files.copy(file, teacherCopy.resolve(file.getFileName()));
      }
    }
    try (ContinualLearning learning = ContinualLearning.open(ContinualMethod.kdPsmr(config), config, work, data)) {
      for (Expression basic : Expression.basic()) {
        learning.distill(basic);
      }
      for (Expression compound : ClassOrder.shuffled(1).subList(0, increments)) {
        learning.learn(compound);
      }
      return learning.accuracyMatrix().overallAccuracy();
    }
  }

  private static final List<String> COLUMNS = List.of("init", "pretrain_seconds", "pretrain_images_per_second",
      "nn_same_expression", "nn_same_subject", "teacher_10", "teacher_30", "teacher_100", "fewshot_1", "fewshot_3",
      "fewshot_5", "continual_overall");

  private static String table(List<Map<String, Object>> rows) {
    StringBuilder table = new StringBuilder("| " + String.join(" | ", COLUMNS) + " |\n|");
    COLUMNS.forEach(c -> table.append("---|"));
    table.append('\n');
    for (Map<String, Object> row : rows) {
      table.append('|');
      COLUMNS.forEach(c -> table.append(' ').append(row.getOrDefault(c, "–")).append(" |"));
      table.append('\n');
    }
    return table.toString();
  }

  private static List<Example> basic(List<Example> examples) {
    return examples.stream().filter(e -> e.expression().isBasic()).toList();
  }

  private static String arg(String[] args, int index, String fallback) {
    return args.length > index ? args[index] : fallback;
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
