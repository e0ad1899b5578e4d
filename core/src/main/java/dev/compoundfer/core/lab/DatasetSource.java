package dev.compoundfer.core.lab;

import dev.compoundfer.core.data.reader.CfeeReader;
import dev.compoundfer.core.data.reader.DatasetReader;
import dev.compoundfer.core.data.reader.FolderReader;
import dev.compoundfer.core.data.reader.ManifestReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --dataset}: {@code synthetic}, or a reader kind and its path ({@code manifest:<csv>},
 * {@code folders:<dir>}, {@code cfee:<dir>}).
 *
 * @param kind {@code synthetic}, {@code manifest}, {@code folders} or {@code cfee}
 * @param path the manifest or folder; null for {@code synthetic}
 */
public record DatasetSource(String kind, Path path) {
  public DatasetSource {
    Objects.requireNonNull(kind, "kind");
    if ("synthetic".equals(kind) != (path == null)) {
      throw new IllegalArgumentException("Only the synthetic dataset comes without a path");
    }
  }

  /** Parses {@code synthetic} or {@code <kind>:<path>}. */
  public static DatasetSource parse(String value) {
    if ("synthetic".equals(value)) {
      return new DatasetSource("synthetic", null);
    }
    int colon = value.indexOf(':');
    String kind = colon < 0 ? value : value.substring(0, colon).toLowerCase(Locale.ROOT);
    if (colon < 0 || !(kind.equals("manifest") || kind.equals("folders") || kind.equals("cfee"))) {
      throw new IllegalArgumentException(
          "'" + value + "' is not synthetic, manifest:<csv>, folders:<dir> or cfee:<dir>");
    }
    if (colon == value.length() - 1) {
      throw new IllegalArgumentException("'" + value + "' names no path after '" + kind + ":'");
    }
    return new DatasetSource(kind, Path.of(value.substring(colon + 1)));
  }

  /** The reader of a non-synthetic source. */
  public DatasetReader reader() {
    return switch (kind) {
      case "manifest" -> new ManifestReader();
      case "folders" -> new FolderReader();
      case "cfee" -> new CfeeReader();
      default -> throw new IllegalStateException("The synthetic dataset is rendered, not read");
    };
  }

  @Override
  public String toString() {
    return path == null ? kind : kind + ":" + path;
  }

  /** Lets picocli report a bad {@code --dataset} value with the option's name. */
  public static final class Converter implements ITypeConverter<DatasetSource> {
    @Override
    public DatasetSource convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
