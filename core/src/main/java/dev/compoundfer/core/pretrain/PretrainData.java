package dev.compoundfer.core.pretrain;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.image.ImagePixels;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A pretext task with a description of its data for the provenance, from a dataset name: {@code synthetic} (faces
 * rendered from the given generator settings, every class; choose a seed other than the experiment's so that the
 * identities differ) or a folder of images (unlabeled for {@code simclr}, one subfolder per label for
 * {@code supervised}). Action-unit pretraining needs the generator's intensities, so only {@code synthetic}.
 *
 * @param task what to train on
 * @param description e.g. {@code synthetic(subjects=40, seed=7, difficulty=1.0)} or the folder
 */
public record PretrainData(PretextTask task, String description) {

  /** The default NT-Xent temperature: SimCLR's best for small batches in its Table 5 range (0.1..0.5). */
  public static final double TEMPERATURE = 0.5;

  /**
   * @param synthetic generator settings, used when {@code dataset} is {@code synthetic}
   * @throws IllegalArgumentException for {@code au} on a folder, or a folder without usable images
   */
  public static PretrainData of(
      PretrainMethod method, String dataset, SyntheticConfig synthetic, int channels, double temperature) {
    int size = synthetic.imageSize();
    if (dataset.equals("synthetic")) {
      SyntheticConfig faces = synthetic.withColour(channels == 3);
      String description = "synthetic(subjects=" + faces.subjects() + ", seed=" + faces.seed() + ", difficulty="
          + faces.difficulty() + ")";
      return new PretrainData(synthetic(method, new SyntheticFaces(faces), channels, temperature), description);
    }
    Path folder = Path.of(dataset);
    return switch (method) {
      case SIMCLR -> new PretrainData(
          new ContrastiveTask(PretrainImages.unlabeled(folder, size, channels).images(), channels, size, temperature),
          folder.toString());
      case SUPERVISED -> {
        PretrainImages images = PretrainImages.labelled(folder, size, channels);
        yield new PretrainData(
            new LabelTask(images.images(), images.labels(), images.labelNames().size(), channels, size),
            folder + " " + images.labelNames());
      }
      case AU -> throw new IllegalArgumentException(
          "Action-unit pretraining needs the synthetic faces' intensities: use --dataset synthetic, not " + dataset);
    };
  }

  private static PretextTask synthetic(PretrainMethod method, SyntheticFaces faces, int channels, double temperature) {
    List<Expression> classes = Arrays.asList(Expression.values());
    if (method == PretrainMethod.AU) {
      return ActionUnitTask.rendered(faces, classes);
    }
    int size = faces.config().imageSize();
    List<float[]> images = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int subject = 1; subject <= faces.config().subjects(); subject++) {
      for (Expression expression : classes) {
        images.add(ImagePixels.toChw(faces.render(subject, expression), size, channels));
        labels.add(expression.ordinal());
      }
    }
    if (method == PretrainMethod.SIMCLR) {
      return new ContrastiveTask(images, channels, size, temperature);
    }
    return new LabelTask(
        images, labels.stream().mapToInt(Integer::intValue).toArray(), classes.size(), channels, size);
  }
}
