package dev.compoundfer.core.experiment;

import dev.compoundfer.core.data.LoadProblem;
import dev.compoundfer.core.data.LoadedDataset;
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
 * @param manifest the manifest CSV of the dataset
 * @param split train, validation and test subjects (never overlapping)
 * @param sampleCount images that loaded
 * @param problems images the reader skipped, with reasons
 */
public record DatasetPlan(Path manifest, SubjectSplit split, int sampleCount, List<LoadProblem> problems) {
  /** Folds of the subject-independent split; fold 0 is tested, fold 1 validates, the rest train. */
  static final int FOLDS = 5;

  public DatasetPlan {
    problems = List.copyOf(problems);
  }

  /**
   * Indexes the dataset and splits its subjects by seed. {@code synthetic} renders the embedded dataset into
   * {@code datasets} on first use (atomically, so an interrupted rendering is never mistaken for a dataset);
   * anything else is the path of a manifest CSV.
   */
  public static DatasetPlan prepare(String dataset, Path datasets, int subjects, int imageSize, long seed) {
    Path manifest =
        "synthetic".equals(dataset) ? synthetic(datasets, subjects, imageSize, seed) : Path.of(dataset);
    LoadedDataset loaded = new ManifestReader().read(manifest);
    if (loaded.samples().isEmpty()) {
      throw new IllegalArgumentException("The dataset " + manifest + " has no usable image"
          + (loaded.problems().isEmpty() ? "" : "; first problem: " + loaded.problems().get(0)));
    }
    SubjectSplit split =
        loaded.assignedSplits().isEmpty()
            ? SubjectSplits.kFold(loaded.subjects(), Math.min(FOLDS, loaded.subjects().size()), seed).get(0)
            : SubjectSplits.assigned(loaded.assignedSplits());
    return new DatasetPlan(manifest, split, loaded.samples().size(), loaded.problems());
  }

  private static Path synthetic(Path datasets, int subjects, int imageSize, long seed) {
    SyntheticConfig config =
        SyntheticConfig.defaults().withSubjects(subjects).withImageSize(imageSize).withSeed(seed);
    // Everything that changes the pixels is in the name, so that a dataset rendered by an older default is not reused.
    String name = String.format(Locale.ROOT, "synthetic-%d-subjects-%dpx-difficulty-%.2f-au-sd-%.2f-seed-%d",
        subjects, imageSize, config.difficulty(), SyntheticFaces.INTENSITY_SD, seed);
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
