package dev.compoundfer.core.experiment;

import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.image.BadImageException;
import dev.compoundfer.core.data.image.ImageDecoder;
import dev.compoundfer.core.data.image.ImagePixels;
import dev.compoundfer.core.data.reader.DatasetReader;
import dev.compoundfer.core.data.split.SplitNames;
import dev.compoundfer.core.data.split.SubjectSplit;
import dev.compoundfer.core.metrics.AccuracyMatrix;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.TrainingConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * An experiment's work folder. {@code plan.properties} names the dataset's reader and manifest (or folder) and
 * assigns every subject to its split; the learners keep their checkpoints and models under the same folder.
 */
public final class Workspace {
  private static final String PLAN = "plan.properties";
  private static final String MATRIX = "accuracy-matrix.json";

  private final Path dir;

  private Workspace(Path dir) {
    this.dir = dir;
  }

  /** A work folder, created if missing. */
  public static Workspace create(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("The work folder " + dir + " cannot be created", e);
    }
    return new Workspace(dir);
  }

  /** The work folder of a prepared experiment. */
  public static Workspace open(Path dir) {
    if (!Files.isRegularFile(dir.resolve(PLAN))) {
      throw new IllegalStateException("The experiment in " + dir + " was not prepared: " + PLAN + " is missing");
    }
    return new Workspace(dir);
  }

  public Path dir() {
    return dir;
  }

  /** Where a saved model of the given stage goes. */
  public Path modelDir(String stage) {
    return dir.resolve("models").resolve(stage);
  }

  public void savePlan(DatasetPlan plan) {
    Properties properties = new Properties();
    properties.setProperty("reader", plan.reader());
    properties.setProperty("manifest", plan.manifest().toAbsolutePath().toString());
    SubjectSplit split = plan.split();
    split.train().forEach(s -> properties.setProperty("subject." + s, SplitNames.TRAIN));
    split.validation().forEach(s -> properties.setProperty("subject." + s, SplitNames.VALIDATION));
    split.test().forEach(s -> properties.setProperty("subject." + s, SplitNames.TEST));
    write(PLAN, out -> properties.store(out, "dataset and subject split"));
  }

  /**
   * Decodes the dataset's non-neutral images at the network's size, by split. Images the reader refuses were
   * counted by {@code prepare}; an image that stopped decoding since is an error.
   */
  public ExperimentData load(TrainingConfig config) {
    Properties plan = readPlan();
    ImageDecoder decoder = new ImageDecoder();
    List<Example> train = new ArrayList<>();
    List<Example> validation = new ArrayList<>();
    List<Example> test = new ArrayList<>();
    for (FaceSample sample : read(plan, decoder).samples()) {
      String split = plan.getProperty("subject." + sample.subject());
      if (split == null || !sample.expression().isBasic() && !sample.expression().isCompound()) {
        continue;
      }
      Example example = example(decoder, sample, config);
      switch (split) {
        case SplitNames.TRAIN -> train.add(example);
        case SplitNames.VALIDATION -> validation.add(example);
        default -> test.add(example);
      }
    }
    return new ExperimentData(train, validation, test);
  }

  public void saveAccuracyMatrix(AccuracyMatrix matrix) {
    write(MATRIX, out -> out.write(matrix.toJson()));
  }

  public AccuracyMatrix accuracyMatrix() {
    try {
      return AccuracyMatrix.fromJson(Files.readString(dir.resolve(MATRIX)));
    } catch (IOException e) {
      throw new UncheckedIOException("No accuracy matrix in " + dir, e);
    }
  }

  private static Example example(ImageDecoder decoder, FaceSample sample, TrainingConfig config) {
    try {
      float[] pixels =
          ImagePixels.toChw(decoder.decode(sample.image()), config.imageSize(), config.channels());
      return new Example(sample.image().toString(), sample.expression(), sample.subject(), pixels);
    } catch (IOException e) {
      throw new UncheckedIOException("The image " + sample.image() + " cannot be read", e);
    } catch (BadImageException e) {
      throw new IllegalStateException("The image " + sample.image() + " is no longer usable: " + e.getMessage(), e);
    }
  }

  /** The dataset's samples, undecoded, as the plan's reader finds them (e.g. to show example images). */
  public LoadedDataset samples() {
    return read(readPlan(), new ImageDecoder());
  }

  private static LoadedDataset read(Properties plan, ImageDecoder decoder) {
    // Plans written before other readers existed name no reader: they are manifests.
    DatasetReader reader = DatasetPlan.reader(plan.getProperty("reader", "manifest"), decoder);
    return reader.read(Path.of(plan.getProperty("manifest")));
  }

  private Properties readPlan() {
    Properties plan = new Properties();
    try (Reader in = Files.newBufferedReader(dir.resolve(PLAN), StandardCharsets.UTF_8)) {
      plan.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("The plan of " + dir + " cannot be read", e);
    }
    return plan;
  }

  private interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private void write(String name, Content content) {
    try {
      Path temp = Files.createTempFile(dir, name, ".tmp");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + name + " in " + dir, e);
    }
  }
}
