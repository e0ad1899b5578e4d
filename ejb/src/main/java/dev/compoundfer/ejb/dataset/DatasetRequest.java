package dev.compoundfer.ejb.dataset;

import dev.compoundfer.ejb.experiment.InvalidParameterException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A dataset to register.
 *
 * @param name a unique label, 1 to 80 characters
 * @param reader {@code synthetic} (the embedded generator, no path), {@code cfee} (a CFEE folder), {@code manifest}
 *     (a manifest CSV) or {@code folders} (one folder per class)
 * @param path the folder or file on the server; ignored for {@code synthetic}
 */
public record DatasetRequest(String name, String reader, String path) implements Serializable {
  /** The reader types, in the order a form offers them. */
  public static final List<String> READERS = List.of("synthetic", "cfee", "manifest", "folders");

  public DatasetRequest {
    if (name == null || name.isBlank() || name.length() > 80) {
      throw new InvalidParameterException("name", "name must be 1 to 80 characters");
    }
    if (!READERS.contains(reader)) {
      throw new InvalidParameterException("reader", "reader must be one of " + READERS + ", was " + reader);
    }
    path = "synthetic".equals(reader) || path == null ? "" : path.strip();
    if (!"synthetic".equals(reader)) {
      boolean manifest = "manifest".equals(reader);
      if (path.isEmpty() || !(manifest ? Files.isRegularFile(Path.of(path)) : Files.isDirectory(Path.of(path)))) {
        throw new InvalidParameterException("path", "path must be an existing "
            + (manifest ? "manifest CSV file" : "folder") + " on the server, was '" + path + "'");
      }
    }
  }
}
