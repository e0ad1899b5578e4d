package dev.compoundfer.core.experiment;

import dev.compoundfer.core.data.LoadProblem;
import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.image.ImageDecoder;
import dev.compoundfer.core.data.reader.CfeeReader;
import dev.compoundfer.core.data.reader.DatasetReader;
import dev.compoundfer.core.data.reader.FolderReader;
import dev.compoundfer.core.data.reader.ManifestReader;
import dev.compoundfer.core.data.split.SubjectSplit;
import dev.compoundfer.core.data.split.SubjectSplits;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticDatasetWriter;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The dataset an experiment trains on and how its subjects are split.
 *
 * @param reader how the dataset is read: {@code manifest}, {@code folders} or {@code cfee} (see {@link #reader})
 * @param manifest the manifest CSV of the dataset, or the folder its reader reads
 * @param split train, validation and test subjects (never overlapping)
 * @param sampleCount images that loaded
 * @param problems images the reader skipped, with reasons
 */
public record DatasetPlan(
    String reader, Path manifest, SubjectSplit split, int sampleCount, List<LoadProblem> problems) {
  /** Folds of the subject-independent split; fold 0 is tested, fold 1 validates, the rest train. */
  static final int FOLDS = 5;

  /** The readers a dataset parameter can name as {@code <reader>:<path>}. */
  public static final List<String> READERS = List.of("manifest", "folders", "cfee");

  public DatasetPlan {
    if (!READERS.contains(reader)) {
      throw new IllegalArgumentException("No dataset reader is called " + reader + "; known: " + READERS);
    }
    problems = List.copyOf(problems);
  }

  /** The plan of a dataset described by a manifest CSV. */
  public DatasetPlan(Path manifest, SubjectSplit split, int sampleCount, List<LoadProblem> problems) {
    this("manifest", manifest, split, sampleCount, problems);
  }

  /**
   * Indexes the dataset and splits its subjects by seed. {@code synthetic} renders the embedded dataset into
   * {@code datasets} on first use (atomically, so an interrupted rendering is never mistaken for a dataset);
   * {@code <reader>:<path>} (one of {@link #READERS}) reads a folder or manifest with that reader (how a dataset
   * registered in the application reaches the job); anything else is the path of a manifest CSV.
   */
  public static DatasetPlan prepare(String dataset, Path datasets, int subjects, int imageSize, long seed) {
    String reader = "manifest";
    Path location;
    int colon = dataset.indexOf(':');
    if ("synthetic".equals(dataset)) {
      location = synthetic(datasets, subjects, imageSize, seed);
    } else if (colon > 0 && READERS.contains(dataset.substring(0, colon))) {
      reader = dataset.substring(0, colon);
      location = Path.of(dataset.substring(colon + 1));
    } else {
      location = Path.of(dataset);
    }
    LoadedDataset loaded = reader(reader, new ImageDecoder()).read(location);
    if (loaded.samples().isEmpty()) {
      throw new IllegalArgumentException("The dataset " + location + " has no usable image"
          + (loaded.problems().isEmpty() ? "" : "; first problem: " + loaded.problems().get(0)));
    }
    SubjectSplit split =
        loaded.assignedSplits().isEmpty()
            ? SubjectSplits.kFold(loaded.subjects(), Math.min(FOLDS, loaded.subjects().size()), seed).get(0)
            : SubjectSplits.assigned(loaded.assignedSplits());
    return new DatasetPlan(reader, location, split, loaded.samples().size(), loaded.problems());
  }

  /** The core reader of one of {@link #READERS}, with their defaults (a folder's files are their own subjects). */
  public static DatasetReader reader(String name, ImageDecoder decoder) {
    return switch (name) {
      case "manifest" -> new ManifestReader(decoder);
      case "folders" -> new FolderReader(null, decoder);
      case "cfee" -> new CfeeReader(null, decoder);
      default -> throw new IllegalArgumentException("No dataset reader is called " + name + "; known: " + READERS);
    };
  }

  private static Path synthetic(Path datasets, int subjects, int imageSize, long seed) {
    SyntheticConfig config =
        SyntheticConfig.defaults().withSubjects(subjects).withImageSize(imageSize).withSeed(seed);
    // Everything that changes the pixels is in the name, so that a dataset rendered by an older default is not reused.
    String name = String.format(Locale.ROOT,
        "synthetic-%d-subjects-%dpx-difficulty-%.2f-au-sd-%.2f-%s-framing-seed-%d", subjects, imageSize,
        config.difficulty(), SyntheticFaces.INTENSITY_SD, config.framing().name().toLowerCase(Locale.ROOT), seed);
    Path folder = datasets.resolve(name);
    Path manifest = folder.resolve(SyntheticDatasetWriter.MANIFEST);
    if (Files.isRegularFile(manifest)) {
      return manifest;
    }
    try {
      Files.createDirectories(datasets);
      Path temp = Files.createTempDirectory(datasets, name + ".rendering-");
      new SyntheticDatasetWriter(new SyntheticFaces(config)).write(temp);
      try {
        Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException raced) {
        if (!Files.isRegularFile(manifest)) {
          throw raced;
        }
        // Another experiment rendered the same dataset first; its copy is identical (same seed).
      }
      return manifest;
    } catch (IOException e) {
      throw new UncheckedIOException("The synthetic dataset could not be written to " + folder, e);
    }
  }
}
