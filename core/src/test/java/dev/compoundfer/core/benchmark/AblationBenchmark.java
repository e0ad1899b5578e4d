package dev.compoundfer.core.benchmark;

import com.google.gson.GsonBuilder;
import dev.compoundfer.core.continual.ClassOrder;
import dev.compoundfer.core.continual.ContinualMethod;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.fewshot.FewShotEpisode;
import dev.compoundfer.core.fewshot.FewShotLearning;
import dev.compoundfer.core.fewshot.FewShotMethod;
import dev.compoundfer.core.fewshot.FewShotResult;
import dev.compoundfer.core.metrics.OrderMetrics;
import dev.compoundfer.core.joint.JointResult;
import dev.compoundfer.core.joint.JointTraining;
import dev.compoundfer.core.teacher.TeacherResult;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ablation: kd_psmr, kd_random, kd_herding, kd_prev_psmr, kd_prev_herding, psmr_no_kd and finetune over several
 * compound-class orders, and joint training as the upper bound, on the synthetic dataset. One teacher serves every
 * run. Few-shot learning (1, 3 and 5 shots of each compound class, one episode each, from the same teacher) fills
 * the {@code fewshot_*} columns with the honest 7-way accuracy: the reference's episodes with distillation for
 * kd_psmr, kd_random and kd_herding (replay plays no part in the reference's few-shot learning, so the three share
 * one figure), with cross entropy alone for psmr_no_kd and finetune, and {@link FewShotMethod#REPLAY} for the
 * kd_prev_* rows; null for joint.
 * Writes the JSON, prints a Markdown table and the training throughput of each phase.
 *
 * <p>{@code AblationBenchmark [out=docs/benchmarks/ablation.json] [subjects=60] [teacherEpochs=100]
 * [incrementEpochs=15] [orders=3] [incrementLearningRate=TrainingConfig default]}; {@code -Dbackbone} overrides the
 * default network, {@code -Dsize} the image size (32), {@code -Dfewshot.classes=N} limits few-shot learning to the
 * first N compound classes (default 15, 0 = none), {@code -Dmethods=kd_psmr,finetune,joint} runs only the named
 * methods (default all), {@code -Dincrement.minSteps=N} sets {@code TrainingConfig.incrementMinSteps} (default the
 * product's, 1 = one pass per epoch as before), {@code -Dincrements=N} learns only the first N compound classes of
 * each order (default 15; for short probes), {@code -DreplayFraction=F} sets the replay memory's share of the
 * training images (default the product's 0.3; 1.0 keeps every training image).
 */
public final class AblationBenchmark {

  private static final int IMAGE_SIZE = Integer.getInteger("size", 32);
  private static final long SEED = 42;
  private static final int INCREMENTS = Integer.getInteger("increments", Expression.compound().size());

  private AblationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/benchmarks/ablation.json");
    int subjects = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int teacherEpochs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int incrementEpochs = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    int orders = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    TrainingConfig d = TrainingConfig.defaults(IMAGE_SIZE, 1);
    double incrementLearningRate = args.length > 5 ? Double.parseDouble(args[5]) : d.incrementLearningRate();
    String backbone = System.getProperty("backbone", d.backbone());
    int fewShotClasses = Integer.getInteger("fewshot.classes", Expression.compound().size());
    TrainingConfig config = new TrainingConfig(backbone, IMAGE_SIZE, 1, d.batchSize(), teacherEpochs,
        d.patience(), d.minDelta(), d.learningRate(), incrementEpochs, incrementLearningRate, d.gamma0(),
        d.temperature(), "grow", Double.parseDouble(System.getProperty("replayFraction",
            Double.toString(d.replayFraction()))), SEED, "cpu",
        Integer.getInteger("increment.minSteps", d.incrementMinSteps()));
    SyntheticConfig synthetic = SyntheticConfig.defaults().withSubjects(subjects).withImageSize(IMAGE_SIZE);
    Path dir = Files.createTempDirectory("ablation-");
    ExperimentData data = BenchmarkData.render(synthetic, config, dir);
    List<List<Expression>> classOrders = new ArrayList<>();
    for (int o = 1; o <= orders; o++) {
      classOrders.add(ClassOrder.shuffled(o).subList(0, INCREMENTS));
    }

    long begin = System.nanoTime();
    Path teacherWork = dir.resolve("teacher");
    TeacherResult teacher;
    int teacherImages;
    try (TeacherTraining training = TeacherTraining.open(config, basic(data.train()), basic(data.validation()),
        teacherWork)) {
      while (!training.finished()) {
        training.runEpoch();
      }
      teacher = training.finish(basic(data.test()));
      teacherImages = training.epochsDone() * basic(data.train()).size();
    }
    double teacherSeconds = (System.nanoTime() - begin) / 1e9;
    System.out.printf(Locale.ROOT, "teacher: %.3f after %d epochs (%.0f s, %.0f images/s)%n",
        teacher.testAccuracy(), teacher.epochs(), teacherSeconds, teacherImages / teacherSeconds);
    Map<String, Object> throughput = new LinkedHashMap<>();
    throughput.put("teacher", round(teacherImages / teacherSeconds));

    List<String> only = List.of(System.getProperty("methods", "all").split(","));
    List<ContinualMethod> methods = new ArrayList<>();
    for (String name : ContinualMethod.NAMES) {
      if (only.contains("all") || only.contains(name)) {
        methods.add(ContinualMethod.named(name, config));
      }
    }
    // The reference's episodes with and without distillation; ours (replay) only when a kd_prev_* row needs it.
    int withReplayClasses = methods.stream().anyMatch(ContinualMethod::distilsThePreviousModel) ? fewShotClasses : 0;
    FewShot withKd = FewShot.run(FewShotMethod.REFERENCE, config, data, teacherWork, fewShotClasses);
    FewShot withoutKd = FewShot.run(FewShotMethod.REFERENCE, withGamma0(config, 0), data, teacherWork, fewShotClasses);
    FewShot withReplay = FewShot.run(FewShotMethod.REPLAY, config, data, teacherWork, withReplayClasses);
    System.out.println("few-shot with distillation " + withKd + ", cross entropy alone " + withoutKd
        + ", with replay " + withReplay);
    double fewShotSeconds = withKd.seconds() + withoutKd.seconds() + withReplay.seconds();
    throughput.put("fewshot", fewShotSeconds == 0 ? null
        : round((withKd.images() + withoutKd.images() + withReplay.images()) / fewShotSeconds));

    List<Map<String, Object>> results = new ArrayList<>();
    Map<String, Object> spreads = new LinkedHashMap<>();
    long incrementImages = 0;
    double incrementSeconds = 0;
    for (ContinualMethod method : methods) {
      List<MethodRun> runs = new ArrayList<>();
      for (int o = 0; o < classOrders.size(); o++) {
        runs.add(MethodRun.of(method, config, data, teacher.modelDir(),
            dir.resolve(method.name()).resolve("order-" + (o + 1)), classOrders.get(o)));
      }
      FewShot fewShot = method.distilsThePreviousModel() ? withReplay
          : method.distillation().isPresent() ? withKd : withoutKd;
      results.add(row(method.name(), runs, teacherSeconds, teacherImages, fewShot));
      spreads.put(method.name(), OrderMetrics.overOrders(runs.stream().map(MethodRun::metrics).toList()));
      incrementImages += runs.stream().mapToLong(MethodRun::imagesTrained).sum();
      incrementSeconds += runs.stream().mapToDouble(MethodRun::incrementSeconds).sum();
      System.out.println(results.get(results.size() - 1));
    }
    throughput.put("increments", round(incrementImages / incrementSeconds));
    if (only.contains("all") || only.contains("joint")) {
      results.add(joint(config, data, classOrders, throughput));
      System.out.println(results.get(results.size() - 1));
    }
    System.out.println("training images per second by phase: " + throughput);

    Map<String, Object> report = new LinkedHashMap<>();
    Map<String, Object> configuration = configOf(config, synthetic, data, classOrders, teacher, fewShotClasses);
    configuration.put("phase_images_per_second", throughput);
    configuration.put("spread_over_orders", spreads);
    report.put("config", configuration);
    report.put("results", results);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(report) + "\n");
    System.out.println(MarkdownTable.of(results));
    System.out.printf(Locale.ROOT, "Wrote %s in %.0f s%n", out, (System.nanoTime() - begin) / 1e9);
  }

  private static Map<String, Object> row(String name, List<MethodRun> runs, double teacherSeconds,
      int teacherImages, FewShot fewShot) {
    double seconds = teacherSeconds + runs.stream().mapToDouble(MethodRun::incrementSeconds).average().orElse(0);
    double images = teacherImages + runs.stream().mapToLong(MethodRun::imagesTrained).average().orElse(0);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("method", name);
    row.put("overall_accuracy", mean(runs.stream().mapToDouble(r -> r.metrics().overallAccuracy()).toArray()));
    row.put("new_class_accuracy", mean(runs.stream().mapToDouble(r -> r.metrics().newClassAccuracy()).toArray()));
    row.put("old_class_accuracy", mean(runs.stream().mapToDouble(r -> r.metrics().oldClassAccuracy()).toArray()));
    row.put("forgetting", mean(runs.stream().mapToDouble(r -> r.metrics().forgetting()).toArray()));
    row.put("bwt", mean(runs.stream().mapToDouble(r -> r.metrics().backwardTransfer()).toArray()));
    row.put("fewshot_1", fewShot.sevenWay(1));
    row.put("fewshot_3", fewShot.sevenWay(3));
    row.put("fewshot_5", fewShot.sevenWay(5));
    row.put("train_seconds", round(seconds));
    row.put("images_per_second", round(images / seconds));
    return row;
  }

  /**
   * Joint training has one step: overall = test accuracy on all 21 classes, new = mean recall of the 15 compound
   * classes, old = accuracy on every class but the last of each order; forgetting and BWT are undefined (null).
   */
  private static Map<String, Object> joint(TrainingConfig config, ExperimentData data,
      List<List<Expression>> orders, Map<String, Object> throughput) {
    try (JointTraining training = new JointTraining(config)) {
      JointResult result = training.train(data.train(), data.validation(), data.test());
      double[] old = orders.stream()
          .mapToDouble(order -> training.evaluate(data.test().stream()
              .filter(e -> e.expression() != order.get(order.size() - 1)).toList()).overall())
          .toArray();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("method", "joint");
      row.put("overall_accuracy", round(result.testAccuracy()));
      row.put("new_class_accuracy", mean(Expression.compound().stream()
          .mapToDouble(e -> result.perClassAccuracy().getOrDefault(e, 0.0)).toArray()));
      row.put("old_class_accuracy", mean(old));
      row.put("forgetting", null);
      row.put("bwt", null);
      row.put("fewshot_1", null);
      row.put("fewshot_3", null);
      row.put("fewshot_5", null);
      row.put("train_seconds", round(result.trainSeconds()));
      throughput.put("joint", round(result.imagesPerSecond()));
      row.put("images_per_second", round(
          (double) result.epochs() * data.train().size() / result.trainSeconds()));
      return row;
    }
  }

  /**
   * One few-shot episode (seed 1) per compound class and shot count from the saved teacher.
   *
   * @param sevenWay mean 7-way test accuracy per shot count over the classes
   * @param newClassRecall the reference's new-class-only figure per shot count (for the notes, not the table)
   * @param images training images the episodes went through (shots x repeat, per epoch)
   * @param seconds wall time of the episodes
   */
  private record FewShot(Map<Integer, Double> sevenWay, Map<Integer, Double> newClassRecall, long images,
      double seconds) {

    static FewShot run(FewShotMethod method, TrainingConfig config, ExperimentData data, Path teacherWork,
        int classes) {
      Map<Integer, Double> sevenWay = new LinkedHashMap<>();
      Map<Integer, Double> recall = new LinkedHashMap<>();
      long images = 0;
      double seconds = 0;
      if (classes == 0) {
        return new FewShot(sevenWay, recall, 0, 0);
      }
      try (FewShotLearning learning =
          FewShotLearning.open(method, config, teacherWork, data.train(), data.validation(), data.test())) {
        for (int shots : List.of(1, 3, 5)) {
          List<FewShotResult> episodes = new ArrayList<>();
          for (Expression compound : Expression.compound().subList(0, classes)) {
            FewShotResult result = learning.learn(new FewShotEpisode(compound, shots, 1));
            episodes.add(result);
            images += result.imagesTrained();
            seconds += result.seconds();
          }
          sevenWay.put(shots, round(episodes.stream().mapToDouble(FewShotResult::sevenWayAccuracy).average()
              .orElse(0)));
          recall.put(shots, round(episodes.stream().mapToDouble(FewShotResult::newClassRecall).average()
              .orElse(0)));
        }
      }
      return new FewShot(sevenWay, recall, images, seconds);
    }

    Double sevenWay(int shots) {
      return sevenWay.get(shots);
    }
  }

  private static TrainingConfig withGamma0(TrainingConfig c, double gamma0) {
    return new TrainingConfig(c.backbone(), c.imageSize(), c.channels(), c.batchSize(), c.maxEpochs(), c.patience(),
        c.minDelta(), c.learningRate(), c.incrementEpochs(), c.incrementLearningRate(), gamma0, c.temperature(),
        c.memoryMode(), c.replayFraction(), c.seed(), c.device(), c.incrementMinSteps());
  }

  private static Map<String, Object> configOf(TrainingConfig config, SyntheticConfig synthetic,
      ExperimentData data, List<List<Expression>> orders, TeacherResult teacher, int fewShotClasses) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("dataset", "synthetic");
    c.put("subjects", synthetic.subjects());
    c.put("difficulty", synthetic.difficulty());
    c.put("split", "SubjectSplits.kFold(subjects, 5, 42).get(0): 3/5 train, 1/5 validation, 1/5 test");
    c.put("train_images", data.train().size());
    c.put("validation_images", data.validation().size());
    c.put("test_images", data.test().size());
    c.put("image_size", config.imageSize());
    c.put("channels", config.channels());
    c.put("backbone", config.backbone());
    c.put("batch_size", config.batchSize());
    c.put("teacher_max_epochs", config.maxEpochs());
    c.put("increment_max_epochs", config.incrementEpochs());
    c.put("increment_min_steps_per_epoch", config.incrementMinSteps());
    c.put("patience", config.patience());
    c.put("learning_rate", config.learningRate());
    c.put("increment_learning_rate", config.incrementLearningRate());
    c.put("gamma0", config.gamma0());
    c.put("temperature", config.temperature());
    c.put("memory_mode", config.memoryMode());
    c.put("replay_fraction", config.replayFraction());
    c.put("memory_per_class", config.replayImagesPerClass(data.train().size()));
    c.put("seed", config.seed());
    c.put("device", config.device());
    c.put("teacher_test_accuracy", round(teacher.testAccuracy()));
    c.put("class_orders", orders.stream().map(o -> o.stream().map(Expression::name).toList()).toList());
    c.put("fewshot", "7-way test accuracy (new class + 6 basic), mean over the first " + fewShotClasses
        + " compound classes, one episode (seed 1) each; kd_psmr, kd_random, kd_herding with distillation (gamma0),"
        + " psmr_no_kd and finetune with cross entropy alone (the reference's episodes: shots alone); kd_prev_* with"
        + " FewShotMethod.REPLAY (basic memory beside the shots, teacher distilled at 6/7); null for joint");
    return c;
  }

  private static List<Example> basic(List<Example> examples) {
    return examples.stream().filter(e -> e.expression().isBasic()).toList();
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return round(values.length == 0 ? 0 : sum / values.length);
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
