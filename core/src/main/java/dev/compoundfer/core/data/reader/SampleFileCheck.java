package dev.compoundfer.core.data.reader;

import dev.compoundfer.core.data.image.BadImageException;
import dev.compoundfer.core.data.image.ImageDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Decides whether one file may become a sample: it exists, stays inside the dataset, and has a sane image header. */
final class SampleFileCheck {

  private final ImageDecoder decoder;

  SampleFileCheck(ImageDecoder decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /** Why {@code file} cannot be a sample, as one sentence, or empty when it can. */
  Optional<String> problem(Path root, Path file) {
    if (!Files.exists(file)) {
      return Optional.of("The file does not exist.");
    }
    if (!Files.isRegularFile(file)) {
      return Optional.of("The path is not a regular file.");
    }
    try {
      // Real paths, so that a symbolic link inside the dataset cannot expose a file outside it.
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        return Optional.of("The file is a link to a place outside the dataset folder, so it is not read.");
      }
      // Header only: width, height and the file's end are checked without decoding thousands of images.
      decoder.inspect(file);
      return Optional.empty();
    } catch (BadImageException e) {
      return Optional.of(e.getMessage());
    } catch (IOException e) {
      return Optional.of("The file could not be read (" + e.getClass().getSimpleName() + ").");
    }
  }
}
