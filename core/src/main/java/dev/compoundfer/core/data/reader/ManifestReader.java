package dev.compoundfer.core.data.reader;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.ExpressionNames;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadProblem;
import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.image.ImageDecoder;
import dev.compoundfer.core.data.split.SplitNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a CSV manifest {@code path,label,subject[,split]} (header required, columns in any order, any case), with
 * image paths relative to the manifest's folder.
 *
 * <p>{@link #read} takes the manifest file, or a folder holding {@code manifest.csv}. A manifest without a required
 * column is not an exception but one {@link LoadProblem} naming the column and counting the rows it costs, with no
 * samples: like every other problem it reaches the user as a report rather than a stack trace. Row problems (unknown
 * label, missing subject, missing or bad image, a path leaving the manifest's folder, an unknown split) skip the row.
 * A subject given two splits keeps the split of its first row and each conflicting row is reported; the row's sample
 * still loads, since the split belongs to the subject, not to the image.
 */
public final class ManifestReader implements DatasetReader {

  /** The file looked for when {@link #read} is given a folder. */
  public static final String DEFAULT_NAME = "manifest.csv";

  private final SampleFileCheck fileCheck;

  public ManifestReader() {
    this(new ImageDecoder());
  }

  public ManifestReader(ImageDecoder decoder) {
    this.fileCheck = new SampleFileCheck(decoder);
  }

  @Override
  public LoadedDataset read(Path root) {
    Path manifest = (Files.isDirectory(root) ? root.resolve(DEFAULT_NAME) : root).toAbsolutePath().normalize();
    String name = String.valueOf(manifest.getFileName());
    ManifestParser.Table table;
    try {
      table = ManifestParser.parse(Files.readString(manifest, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return failed(name, "The manifest could not be read (" + e.getClass().getSimpleName() + ").");
    } catch (IllegalArgumentException e) {
      return failed(name, e.getMessage());
    }
    List<String> missing = table.missingColumns();
    if (!missing.isEmpty()) {
      return failed(name, String.format(
          "The manifest has no '%s' column (its header is: %s), so none of its %d rows were read.",
          missing.get(0), String.join(", ", table.header()), table.rows().size()));
    }
    Rows rows = new Rows(manifest.getParent(), name);
    table.rows().forEach(rows::add);
    return new LoadedDataset(rows.samples, rows.splits, rows.problems);
  }

  private static LoadedDataset failed(String manifest, String reason) {
    return new LoadedDataset(List.of(), Map.of(), List.of(new LoadProblem(manifest, reason)));
  }

  /** The rows of one read: what loaded so far, the split each subject got first, and the problems. */
  private final class Rows {
    private final Path base;
    private final String manifestName;
    private final List<FaceSample> samples = new ArrayList<>();
    private final Map<String, String> splits = new HashMap<>();
    private final Map<String, Integer> splitLines = new HashMap<>();
    private final Map<Path, Integer> seen = new HashMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();

    Rows(Path base, String manifestName) {
      this.base = base;
      this.manifestName = manifestName;
    }

    void add(ManifestRow row) {
      String shown = row.path().isEmpty() ? manifestName + " line " + row.line() : row.path();
      Optional<Expression> expression = ExpressionNames.parse(row.label());
      Optional<String> split = SplitNames.parse(row.split());
      Optional<String> problem;
      Path file = null;
      if (row.path().isEmpty()) {
        problem = Optional.of("the row has no path");
      } else if (expression.isEmpty()) {
        problem = Optional.of(row.label().isEmpty() ? "the row has no label"
            : "the label '" + row.label() + "' is not one of the 22 CFEE classes");
      } else if (row.subject().isEmpty()) {
        problem = Optional.of("the row has no subject");
      } else if (!row.split().isEmpty() && split.isEmpty()) {
        problem = Optional.of("the split '" + row.split() + "' is not train, validation or test");
      } else {
        file = resolve(row.path());
        problem = file == null ? Optional.of(escapeReason(row.path())) : checkFile(file);
      }
      if (problem.isPresent()) {
        problems.add(new LoadProblem(shown, "Line " + row.line() + ": " + problem.get() + "."));
        return;
      }
      seen.put(file, row.line());
      samples.add(new FaceSample(file, expression.get(), row.subject()));
      split.ifPresent(s -> assignSplit(row, shown, s));
    }

    private Optional<String> checkFile(Path file) {
      Integer earlier = seen.get(file);
      if (earlier != null) {
        return Optional.of("the file is already listed on line " + earlier);
      }
      return fileCheck.problem(base, file).map(ManifestReader::lowerFirst);
    }

    private void assignSplit(ManifestRow row, String shown, String split) {
      String first = splits.putIfAbsent(row.subject(), split);
      if (first == null) {
        splitLines.put(row.subject(), row.line());
      } else if (!first.equals(split)) {
        problems.add(new LoadProblem(shown, String.format(
            "Line %d: subject %s is put in %s, but line %d put it in %s, which is kept.",
            row.line(), row.subject(), split, splitLines.get(row.subject()), first)));
      }
    }

    /** The file a relative path names, or null when the path is absolute, invalid or climbs out of {@link #base}. */
    private Path resolve(String raw) {
      try {
        Path path = Path.of(raw);
        if (path.isAbsolute() || path.getRoot() != null) {
          return null;
        }
        Path file = base.resolve(path).normalize();
        return file.startsWith(base) ? file : null;
      } catch (InvalidPathException e) {
        return null;
      }
    }
  }

  private static String escapeReason(String raw) {
    try {
      return Path.of(raw).getRoot() != null
          ? "the path is absolute, but paths must be relative to the manifest"
          : "the path leads outside the manifest's folder";
    } catch (InvalidPathException e) {
      return "the path is not a valid file path";
    }
  }

  private static String lowerFirst(String sentence) {
    String trimmed = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    return Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
  }
}
