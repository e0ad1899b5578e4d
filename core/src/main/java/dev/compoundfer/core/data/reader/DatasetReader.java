package dev.compoundfer.core.data.reader;

import dev.compoundfer.core.data.LoadedDataset;
import java.nio.file.Path;

/**
 * Reads a dataset of labelled face images.
 *
 * <p>Implementations never throw for bad data: unreadable, mislabelled or unsafe entries become {@code LoadProblem}s
 * and the good samples still load. Only programming errors (a null root) throw.
 */
public interface DatasetReader {

  /** The samples under {@code root} (a folder, or a manifest file for {@link ManifestReader}) and the problems met. */
  LoadedDataset read(Path root);
}
