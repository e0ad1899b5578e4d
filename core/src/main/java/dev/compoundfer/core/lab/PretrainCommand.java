package dev.compoundfer.core.lab;

import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.network.Backbones;
import dev.compoundfer.core.pretrain.BackboneArtifact;
import dev.compoundfer.core.pretrain.BackbonePretraining;
import dev.compoundfer.core.pretrain.PretrainConfig;
import dev.compoundfer.core.pretrain.PretrainData;
import dev.compoundfer.core.pretrain.PretrainMethod;
import dev.compoundfer.core.pretrain.PretrainResult;
import dev.compoundfer.core.pretrain.Provenance;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lab pretrain}: pretrains a backbone and writes it as a {@link BackboneArtifact} into {@code --out}. */
@Command(name = "pretrain", mixinStandardHelpOptions = true,
    description = "Pretrains a backbone (simclr on unlabeled faces, supervised on labelled faces, au on synthetic "
        + "FACS faces) into --out/backbone.params + backbone.json; the teacher starts from it with --pretrained.")
final class PretrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--method", required = true, description = "simclr | supervised | au")
  String method;

  @Option(names = "--dataset", defaultValue = "synthetic",
      description = "synthetic, or a folder of images (simclr: any layout; supervised: one subfolder per label) "
          + "(default: ${DEFAULT-VALUE})")
  String dataset;

  @Option(names = "--subjects", defaultValue = "60", description = "synthetic subjects (default: ${DEFAULT-VALUE})")
  int subjects;

  @Option(names = "--seed", defaultValue = "7",
      description = "seed of the synthetic faces and the training; keep it apart from the experiment's dataset seed "
          + "(42) so that the identities differ (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--backbone", defaultValue = "small-flat", description = "network (default: ${DEFAULT-VALUE})")
  String backbone;

  @Option(names = "--image-size", defaultValue = "32", description = "input size in pixels (default: ${DEFAULT-VALUE})")
  int imageSize;

  @Option(names = "--epochs", defaultValue = "20", description = "passes over the images (default: ${DEFAULT-VALUE})")
  int epochs;

  @Option(names = "--batch-size", defaultValue = "32",
      description = "images per step; simclr sees twice as many views (default: ${DEFAULT-VALUE})")
  int batchSize;

  @Option(names = "--learning-rate", defaultValue = "1e-3", description = "Adam (default: ${DEFAULT-VALUE})")
  double learningRate;

  @Option(names = "--temperature", defaultValue = "0.5", description = "NT-Xent temperature (default: ${DEFAULT-VALUE})")
  double temperature;

  @Option(names = "--device", defaultValue = "auto", description = "cpu | gpu | auto (default: ${DEFAULT-VALUE})")
  String device;

  @Option(names = "--out", required = true, description = "folder for the artifact")
  Path out;

  @Override
  public Integer call() {
    PretrainMethod chosen;
    try {
      chosen = PretrainMethod.of(method);
    } catch (IllegalArgumentException e) {
      CommonOptions.require(spec, false, "--method", method, "simclr, supervised or au");
      return 2;
    }
    CommonOptions.require(spec, Backbones.isKnown(backbone), "--backbone", backbone, "one of " + Backbones.NAMES);
    CommonOptions.require(spec, imageSize >= 16 && imageSize <= 1024, "--image-size", imageSize, "16..1024");
    CommonOptions.require(spec, epochs >= 1, "--epochs", epochs, "at least 1");
    CommonOptions.require(spec, batchSize >= 2, "--batch-size", batchSize, "at least 2");
    CommonOptions.require(spec, temperature > 0, "--temperature", temperature, "> 0");
    CommonOptions.require(spec, subjects >= 3 && subjects <= 999, "--subjects", subjects, "between 3 and 999");
    CommonOptions.require(spec, dataset.equals("synthetic") || Files.isDirectory(Path.of(dataset)), "--dataset",
        dataset, "synthetic or an existing folder");
    CommonOptions.require(spec, !Files.isRegularFile(out), "--out", out, "a folder, not a file");
    PrintWriter console = spec.commandLine().getOut();
    SyntheticConfig synthetic =
        SyntheticConfig.defaults().withSubjects(subjects).withImageSize(imageSize).withSeed(seed);
    PretrainData data = PretrainData.of(chosen, dataset, synthetic, 1, temperature);
    PretrainConfig config =
        new PretrainConfig(backbone, imageSize, 1, batchSize, epochs, learningRate, seed, device);
    console.printf(Locale.ROOT, "pretrain %s on %s: %d images%n", chosen.label(), data.description(),
        data.task().size());
    PretrainResult result =
        BackbonePretraining.train(config, data.task(), epoch -> console.printf("pretrain epoch %d%n", epoch));
    BackboneArtifact artifact = BackboneArtifact.write(
        out, result.parameters(), Provenance.of(config, data.task(), data.description(), result));
    console.printf(Locale.ROOT, "pretrain: loss %.4f -> %.4f, %.0f s, %.1f images/s%nwrote %s (sha256 %s)%n",
        result.epochLosses().get(0), result.finalLoss(), result.seconds(), result.imagesPerSecond(),
        artifact.parameters(), artifact.sha256());
    console.flush();
    return 0;
  }
}
