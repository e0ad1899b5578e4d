package dev.compoundfer.core.lab;

import ai.djl.engine.Engine;
import dev.compoundfer.core.training.TrainingConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** One lab command's shared state: options, configuration, prepared data, results file, console and summary rows. */
final class LabRun {

  private final CommonOptions options;
  private final TrainingConfig config;
  private final LabData data;
  private final ResultsFile results;
  private final PrintWriter console;
  private final List<String[]> summary = new ArrayList<>();

  private LabRun(CommonOptions options, TrainingConfig config, LabData data, PrintWriter console) {
    this.options = options;
    this.config = config;
    this.data = data;
    this.results = ResultsFile.open(options.out);
    this.console = console;
  }

  /**
   * Checks the device, prepares the data and records the configuration in results.json.
   *
   * @param command the running subcommand, for usage errors and its output stream
   */
  static LabRun start(CommandSpec command, CommonOptions options, String memoryMode) {
    TrainingConfig config = options.config(memoryMode);
    PrintWriter console = command.commandLine().getOut();
    String engine = Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion();
    int gpus = Engine.getInstance().getGpuCount();
    if (options.device.equals("gpu") && gpus == 0) {
      throw new ParameterException(command.commandLine(),
          "Invalid value for option '--device': gpu, but " + engine + " sees no GPU (set PYTORCH_LIBRARY_PATH to a "
              + "CUDA build of libtorch, or use --device cpu)");
    }
    console.printf(Locale.ROOT, "%s on %s; preparing %s%n", engine, gpus > 0 && !options.device.equals("cpu")
        ? "GPU" : "CPU", options.dataset);
    LabData data = LabData.prepare(options, config);
    console.printf(Locale.ROOT, "%s train / %s validation / %s test images%n", data.description().get("train_images"),
        data.description().get("validation_images"), data.description().get("test_images"));
    LabRun run = new LabRun(options, config, data, console);
    run.results.put("config", run.configSection(engine));
    run.results.put("dataset", data.description());
    return run;
  }

  CommonOptions options() {
    return options;
  }

  TrainingConfig config() {
    return config;
  }

  LabData data() {
    return data;
  }

  ResultsFile results() {
    return results;
  }

  PrintWriter console() {
    return console;
  }

  /** The output folder, which is also the teacher's work folder. */
  Path out() {
    return options.out;
  }

  /** A line of the closing table. */
  void summarise(String phase, String figure, double value) {
    summary.add(new String[] {phase, figure, String.format(Locale.ROOT, "%.4f", value)});
  }

  /** Prints the closing table and where the results are. */
  void finish() {
    int phase = summary.stream().mapToInt(r -> r[0].length()).max().orElse(5);
    int figure = summary.stream().mapToInt(r -> r[1].length()).max().orElse(6);
    String format = "%-" + Math.max(5, phase) + "s  %-" + Math.max(6, figure) + "s  %s%n";
    console.printf(Locale.ROOT, format, "phase", "figure", "value");
    summary.forEach(row -> console.printf(Locale.ROOT, format, (Object[]) row));
    console.printf("results: %s%n", options.out.resolve(ResultsFile.NAME));
    console.flush();
  }

  private Map<String, Object> configSection(String engine) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("dataset", options.dataset.toString());
    c.put("subjects", options.dataset.path() == null ? options.subjects : null);
    c.put("backbone", config.backbone());
    c.put("image_size", config.imageSize());
    c.put("channels", config.channels());
    c.put("batch_size", config.batchSize());
    c.put("epochs", config.maxEpochs());
    c.put("patience", config.patience());
    c.put("increment_epochs", config.incrementEpochs());
    c.put("learning_rate", config.learningRate());
    c.put("increment_learning_rate", config.incrementLearningRate());
    c.put("gamma0", config.gamma0());
    c.put("temperature", config.temperature());
    c.put("memory_mode", config.memoryMode());
    c.put("replay_fraction", config.replayFraction());
    c.put("seed", config.seed());
    c.put("device", config.device());
    c.put("engine", engine);
    return c;
  }
}
