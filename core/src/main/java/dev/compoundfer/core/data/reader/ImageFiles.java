package dev.compoundfer.core.data.reader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Walks a folder for candidate sample files; decides nothing about them. */
public final class ImageFiles {

  private ImageFiles() {}

  /**
   * The regular files under {@code folder} at any depth, sorted by path so that reads are reproducible. Hidden files
   * (a name starting with a dot, such as {@code .DS_Store}) are operating-system litter, not samples, and are left out.
   * Symbolic links to folders are not followed.
   */
  public static List<Path> under(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths
          .filter(p -> !p.equals(folder))
          .filter(p -> !isHidden(folder, p))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static boolean isHidden(Path folder, Path path) {
    for (Path part : folder.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
