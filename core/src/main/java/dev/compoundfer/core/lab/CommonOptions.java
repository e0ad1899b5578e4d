package dev.compoundfer.core.lab;

import dev.compoundfer.core.network.Backbones;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every phase takes: the data, the network, the training budget, the device, the seed and the output. */
public final class CommonOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--dataset", defaultValue = "synthetic", converter = DatasetSource.Converter.class,
      description = "synthetic | manifest:<csv> | folders:<dir> | cfee:<dir> (default: ${DEFAULT-VALUE})")
  DatasetSource dataset;

  @Option(names = "--subjects", defaultValue = "60",
      description = "subjects rendered for the synthetic dataset (default: ${DEFAULT-VALUE})")
  int subjects;

  @Option(names = "--backbone", defaultValue = "small-flat",
      description = "network: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
      completionCandidates = BackboneNames.class)
  String backbone;

  @Option(names = "--image-size", defaultValue = "32", description = "input size in pixels (default: ${DEFAULT-VALUE})")
  int imageSize;

  @Option(names = "--epochs", defaultValue = "100",
      description = "teacher and joint epoch limit, early stopping may end sooner (default: ${DEFAULT-VALUE})")
  int epochs;

  @Option(names = "--increment-epochs", defaultValue = "30",
      description = "epoch limit of one increment and of one few-shot episode (default: ${DEFAULT-VALUE})")
  int incrementEpochs;

  @Option(names = "--increment-min-steps", defaultValue = "" + TrainingConfig.DEFAULT_INCREMENT_MIN_STEPS,
      description = "optimiser steps an increment epoch runs at least; memory and new images are repeated, classes "
          + "kept balanced; 1 = one pass (default: ${DEFAULT-VALUE})")
  int incrementMinSteps;

  @Option(names = "--device", defaultValue = "auto", description = "cpu | gpu | auto (default: ${DEFAULT-VALUE})")
  String device;

  @Option(names = "--seed", defaultValue = "42", description = "seed of every random choice (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", required = true,
      description = "folder for results.json, the CSV tables and the checkpoints; a second run resumes from them")
  Path out;

  /** Checks every value, naming the option of the first bad one. */
  void validate() {
    require(Backbones.isKnown(backbone), "--backbone", backbone, "one of " + Backbones.NAMES);
    require(imageSize >= 16 && imageSize <= 1024, "--image-size", imageSize, "between 16 and 1024 pixels");
    require(epochs >= 1, "--epochs", epochs, "at least 1");
    require(incrementEpochs >= 1, "--increment-epochs", incrementEpochs, "at least 1");
    require(incrementMinSteps >= 1, "--increment-min-steps", incrementMinSteps, "at least 1");
    require(device.equals("cpu") || device.equals("gpu") || device.equals("auto"), "--device", device,
        "cpu, gpu or auto");
    require(subjects >= 3 && subjects <= 999, "--subjects", subjects, "between 3 and 999");
    if (dataset.path() != null && !Files.exists(dataset.path())) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--dataset': " + dataset.path() + " does not exist");
    }
    require(!Files.isRegularFile(out), "--out", out, "a folder, not a file");
  }

  /** The training configuration: the product's defaults with these options and the given memory mode. */
  TrainingConfig config(String memoryMode) {
    TrainingConfig d = TrainingConfig.defaults(imageSize, 1);
    return new TrainingConfig(backbone, imageSize, d.channels(), d.batchSize(), epochs, d.patience(), d.minDelta(),
        d.learningRate(), incrementEpochs, d.incrementLearningRate(), d.gamma0(), d.temperature(), memoryMode,
        d.replayFraction(), seed, device, incrementMinSteps);
  }

  /** Throws picocli's usage error {@code Invalid value for option '<option>': <value> (must be <rule>)}. */
  static void require(CommandSpec spec, boolean ok, String option, Object value, String rule) {
    if (!ok) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '" + option + "': " + value + " (must be " + rule + ")");
    }
  }

  private void require(boolean ok, String option, Object value, String rule) {
    require(spec, ok, option, value, rule);
  }

  /** The backbone names for the help text. */
  static final class BackboneNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Backbones.NAMES.iterator();
    }
  }
}
