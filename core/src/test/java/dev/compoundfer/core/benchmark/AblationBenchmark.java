package dev.compoundfer.core.benchmark;

import com.google.gson.GsonBuilder;
import dev.compoundfer.core.continual.ClassOrder;
import dev.compoundfer.core.continual.ContinualMethod;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.experiment.ExperimentData;
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
 * The ablation: kd_psmr, kd_random, kd_herding, psmr_no_kd and finetune over several compound-class orders, and
 * joint training as the upper bound, on the synthetic dataset. One teacher serves every run. Writes the JSON and
 * prints a Markdown table. Few-shot figures are null: few-shot learning is built elsewhere.
 *
 * <p>{@code AblationBenchmark [out=docs/benchmarks/ablation.json] [subjects=60] [teacherEpochs=100]
 * [incrementEpochs=15] [orders=3] [incrementLearningRate=TrainingConfig default]}
 */
public final class AblationBenchmark {

  private static final int IMAGE_SIZE = 32;
  private static final long SEED = 42;

  private AblationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/benchmarks/ablation.json");
    int subjects = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int teacherEpochs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int incrementEpochs = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    int orders = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    TrainingConfig d = TrainingConfig.defaults(IMAGE_SIZE, 1);
    double incrementLearningRate = args.length > 5 ? Double.parseDouble(args[5]) : d.incrementLearningRate();
    TrainingConfig config = new TrainingConfig(d.backbone(), IMAGE_SIZE, 1, d.batchSize(), teacherEpochs,
        d.patience(), d.minDelta(), d.learningRate(), incrementEpochs, incrementLearningRate, d.gamma0(),
        d.temperature(), "grow", d.replayFraction(), SEED, "cpu");
    SyntheticConfig synthetic = SyntheticConfig.defaults().withSubjects(subjects).withImageSize(IMAGE_SIZE);
    Path dir = Files.createTempDirectory("ablation-");
    ExperimentData data = BenchmarkData.render(synthetic, config, dir);
    List<List<Expression>> classOrders = new ArrayList<>();
    for (int o = 1; o <= orders; o++) {
      classOrders.add(ClassOrder.shuffled(o));
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
    System.out.printf(Locale.ROOT, "teacher: %.3f after %d epochs (%.0f s)%n", teacher.testAccuracy(),
        teacher.epochs(), teacherSeconds);

    List<Map<String, Object>> results = new ArrayList<>();
    for (ContinualMethod method : List.of(ContinualMethod.kdPsmr(config), ContinualMethod.kdRandom(config),
        ContinualMethod.kdHerding(config), ContinualMethod.psmrNoKd(), ContinualMethod.finetune())) {
      List<MethodRun> runs = new ArrayList<>();
      for (int o = 0; o < classOrders.size(); o++) {
        runs.add(MethodRun.of(method, config, data, teacher.modelDir(),
            dir.resolve(method.name()).resolve("order-" + (o + 1)), classOrders.get(o)));
      }
      results.add(row(method.name(), runs, teacherSeconds, teacherImages));
      System.out.println(results.get(results.size() - 1));
    }
    results.add(joint(config, data, classOrders));
    System.out.println(results.get(results.size() - 1));

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("config", configOf(config, synthetic, data, classOrders, teacher));
    report.put("results", results);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(report) + "\n");
    System.out.println(MarkdownTable.of(results));
    System.out.printf(Locale.ROOT, "Wrote %s in %.0f s%n", out, (System.nanoTime() - begin) / 1e9);
  }

  private static Map<String, Object> row(String name, List<MethodRun> runs, double teacherSeconds,
      int teacherImages) {
    double seconds = teacherSeconds + runs.stream().mapToDouble(MethodRun::incrementSeconds).average().orElse(0);
    double images = teacherImages + runs.stream().mapToLong(MethodRun::imagesTrained).average().orElse(0);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("method", name);
    row.put("overall_accuracy", mean(runs.stream().mapToDouble(MethodRun::overallAccuracy).toArray()));
    row.put("new_class_accuracy", mean(runs.stream().mapToDouble(MethodRun::newClassAccuracy).toArray()));
    row.put("old_class_accuracy", mean(runs.stream().mapToDouble(MethodRun::oldClassAccuracy).toArray()));
    row.put("forgetting", mean(runs.stream().mapToDouble(r -> r.matrix().averageForgetting()).toArray()));
    row.put("bwt", mean(runs.stream().mapToDouble(r -> r.matrix().backwardTransfer()).toArray()));
    fewShot(row);
    row.put("train_seconds", round(seconds));
    row.put("images_per_second", round(images / seconds));
    return row;
  }

  /**
   * Joint training has one step: overall = test accuracy on all 21 classes, new = mean recall of the 15 compound
   * classes, old = accuracy on every class but the last of each order; forgetting and BWT are undefined (null).
   */
  private static Map<String, Object> joint(TrainingConfig config, ExperimentData data,
      List<List<Expression>> orders) {
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
      fewShot(row);
      row.put("train_seconds", round(result.trainSeconds()));
      row.put("images_per_second", round(
          (double) result.epochs() * data.train().size() / result.trainSeconds()));
      return row;
    }
  }

  private static void fewShot(Map<String, Object> row) {
    row.put("fewshot_1", null);
    row.put("fewshot_3", null);
    row.put("fewshot_5", null);
  }

  private static Map<String, Object> configOf(TrainingConfig config, SyntheticConfig synthetic,
      ExperimentData data, List<List<Expression>> orders, TeacherResult teacher) {
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
    c.put("patience", config.patience());
    c.put("learning_rate", config.learningRate());
    c.put("increment_learning_rate", config.incrementLearningRate());
    c.put("gamma0", config.gamma0());
    c.put("temperature", config.temperature());
    c.put("memory_mode", config.memoryMode());
    c.put("replay_fraction", config.replayFraction());
    c.put("memory_per_class", (int) Math.floor(config.replayFraction() * data.train().size() / 21));
    c.put("seed", config.seed());
    c.put("device", config.device());
    c.put("teacher_test_accuracy", round(teacher.testAccuracy()));
    c.put("class_orders", orders.stream().map(o -> o.stream().map(Expression::name).toList()).toList());
    c.put("fewshot", "null: few-shot learning (dev.compoundfer.core.fewshot) is built separately");
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
