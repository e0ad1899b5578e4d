package dev.compoundfer.core.data.synthetic;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadedDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Writes a synthetic dataset to a folder the way CFEE is laid out: one PNG per subject and class, named
 * {@code <cfeeId, 2 digits>_<subject, 3 digits>_<running number, 4 digits>.png}, plus {@code manifest.csv}
 * ({@code path,label,subject}; paths relative to the CSV, labels such as {@code happily_surprised}) and
 * {@code action-units.csv} (path and the intensity 0..5 of every {@link ActionUnit}, 0 = absent).
 */
public final class SyntheticDatasetWriter {
  /** The file listing every image with its class label and subject. */
  public static final String MANIFEST = "manifest.csv";
  /** The file listing every image with its action-unit intensities. */
  public static final String ACTION_UNITS = "action-units.csv";

  private final SyntheticFaces faces;

  public SyntheticDatasetWriter(SyntheticFaces faces) {
    this.faces = Objects.requireNonNull(faces, "faces");
  }

  /** Writes all 22 classes for every subject into the folder (created if missing). */
  public LoadedDataset write(Path folder) throws IOException {
    return write(folder, Arrays.asList(Expression.values()));
  }

  /** Writes only the given classes for every subject, e.g. a tiny dataset for a test. */
  public LoadedDataset write(Path folder, Collection<Expression> classes) throws IOException {
    Set<Expression> chosen = classes.isEmpty() ? EnumSet.noneOf(Expression.class) : EnumSet.copyOf(classes);
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("classes must name at least one expression class");
    }
    Files.createDirectories(folder);
    List<FaceSample> samples = plan(folder, chosen);
    try {
      // Images derive from (seed, subject, class) alone, so rendering order cannot change the pixels.
      samples.parallelStream().forEach(this::writeImage);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writeManifest(folder.resolve(MANIFEST), samples);
    writeActionUnits(folder.resolve(ACTION_UNITS), samples);
    return new LoadedDataset(samples, Map.of(), List.of());
  }

  private List<FaceSample> plan(Path folder, Set<Expression> classes) {
    List<FaceSample> samples = new ArrayList<>();
    for (int subject = 1; subject <= faces.config().subjects(); subject++) {
      for (Expression expression : classes) {
        String name = String.format(Locale.ROOT, "%02d_%03d_%04d.png",
            expression.cfeeId(), subject, samples.size() + 1);
        samples.add(new FaceSample(folder.resolve(name), expression, subjectId(subject)));
      }
    }
    return samples;
  }

  private void writeImage(FaceSample sample) {
    try {
      ImageIO.write(faces.render(subject(sample), sample.expression()), "png", sample.image().toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + sample.image(), e);
    }
  }

  private static void writeManifest(Path csv, List<FaceSample> samples) throws IOException {
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("path,label,subject\n");
      for (FaceSample sample : samples) {
        out.write(sample.image().getFileName() + "," + sample.expression().name().toLowerCase(Locale.ROOT) + ","
            + sample.subject() + "\n");
      }
    }
  }

  private void writeActionUnits(Path csv, List<FaceSample> samples) throws IOException {
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      StringBuilder header = new StringBuilder("path");
      Arrays.stream(ActionUnit.values()).forEach(au -> header.append(',').append(au.name()));
      out.write(header.append('\n').toString());
      for (FaceSample sample : samples) {
        Map<ActionUnit, Double> intensities = faces.actionUnits(subject(sample), sample.expression());
        StringBuilder line = new StringBuilder(sample.image().getFileName().toString());
        for (ActionUnit au : ActionUnit.values()) {
          line.append(String.format(Locale.ROOT, ",%.2f", intensities.getOrDefault(au, 0.0)));
        }
        out.write(line.append('\n').toString());
      }
    }
  }

  /** The three-digit id of a subject number, as CFEE writes it: 1 becomes "001". */
  public static String subjectId(int subject) {
    return String.format(Locale.ROOT, "%03d", subject);
  }

  private static int subject(FaceSample sample) {
    return Integer.parseInt(sample.subject());
  }

  /** Writes a dataset: {@code SyntheticDatasetWriter <folder> [subjects=230] [imageSize=64] [colour=false]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: SyntheticDatasetWriter <folder> [subjects] [imageSize] [colour]");
      System.exit(2);
    }
    SyntheticConfig config = SyntheticConfig.defaults();
    config = args.length > 1 ? config.withSubjects(Integer.parseInt(args[1])) : config;
    config = args.length > 2 ? config.withImageSize(Integer.parseInt(args[2])) : config;
    config = args.length > 3 ? config.withColour(Boolean.parseBoolean(args[3])) : config;
    LoadedDataset written = new SyntheticDatasetWriter(new SyntheticFaces(config)).write(Path.of(args[0]));
    System.out.println("Wrote " + written.samples().size() + " images of " + written.subjects().size()
        + " subjects to " + args[0]);
  }
}
