package dev.compoundfer.core.data.reader;

import java.util.Objects;

/**
 * One data row of a manifest, as written (trimmed, not yet checked); absent cells are empty strings.
 *
 * @param line the row's line in the file, counting the header as line 1
 */
record ManifestRow(int line, String path, String label, String subject, String split) {
  ManifestRow {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(split, "split");
  }
}
