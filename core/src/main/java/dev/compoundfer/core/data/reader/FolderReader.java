package dev.compoundfer.core.data.reader;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.ExpressionNames;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadProblem;
import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.image.ImageDecoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one folder per class ({@code root/<class name>/**}); folder names are read by {@link ExpressionNames}.
 *
 * <p>The subject of a file is the named group {@code subject} of a pattern searched for in the file name (for
 * example {@code ^(?<subject>S\d+)_}), or, without a pattern, the file's stem, so that every file is its own subject.
 * A file the pattern does not match is reported, not given a guessed subject. Folders whose name is no class, and
 * files lying directly in the root, are reported.
 */
public final class FolderReader implements DatasetReader {

  private final Pattern subjectPattern;
  private final SampleFileCheck fileCheck;

  /** A reader that treats every file as its own subject. */
  public FolderReader() {
    this(null, new ImageDecoder());
  }

  /**
   * A reader taking subjects from file names.
   *
   * @param subjectPattern a pattern with a named group {@code subject}, searched for (not matched whole) in each file
   *     name; null for one subject per file
   */
  public FolderReader(Pattern subjectPattern, ImageDecoder decoder) {
    if (subjectPattern != null && !subjectPattern.pattern().contains("(?<subject>")) {
      throw new IllegalArgumentException("The subject pattern needs a group named 'subject': " + subjectPattern);
    }
    this.subjectPattern = subjectPattern;
    this.fileCheck = new SampleFileCheck(Objects.requireNonNull(decoder, "decoder"));
  }

  @Override
  public LoadedDataset read(Path root) {
    List<FaceSample> samples = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();
    List<Path> files;
    try {
      files = ImageFiles.under(root);
    } catch (IOException e) {
      problems.add(new LoadProblem(root.toString(), "The folder could not be read (" + e.getClass().getSimpleName() + ")."));
      return new LoadedDataset(samples, Map.of(), problems);
    }
    List<String> reportedFolders = new ArrayList<>();
    for (Path file : files) {
      Path relative = root.relativize(file);
      String shown = relative.toString().replace('\\', '/');
      if (relative.getNameCount() < 2) {
        problems.add(new LoadProblem(shown, "The file lies outside any class folder, so its class is unknown."));
        continue;
      }
      String folder = relative.getName(0).toString();
      Optional<Expression> expression = ExpressionNames.parse(folder);
      if (expression.isEmpty()) {
        // One problem per folder: a stray folder of 500 files is one mistake, not 500.
        if (!reportedFolders.contains(folder)) {
          reportedFolders.add(folder);
          problems.add(new LoadProblem(folder + "/", "The folder name '" + folder
              + "' is not one of the 22 CFEE classes, so its " + countIn(files, root, folder) + " files were skipped."));
        }
        continue;
      }
      String name = file.getFileName().toString();
      Optional<String> problem = subjectOf(name).isEmpty()
          ? Optional.of("The file name does not match the subject pattern " + subjectPattern.pattern() + ".")
          : fileCheck.problem(root, file);
      if (problem.isPresent()) {
        problems.add(new LoadProblem(shown, problem.get()));
      } else {
        samples.add(new FaceSample(file, expression.get(), subjectOf(name).get()));
      }
    }
    return new LoadedDataset(samples, Map.of(), problems);
  }

  private Optional<String> subjectOf(String fileName) {
    if (subjectPattern == null) {
      int dot = fileName.lastIndexOf('.');
      return Optional.of(dot > 0 ? fileName.substring(0, dot) : fileName);
    }
    Matcher matcher = subjectPattern.matcher(fileName);
    if (!matcher.find() || matcher.group("subject") == null || matcher.group("subject").isBlank()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group("subject"));
  }

  private static long countIn(List<Path> files, Path root, String folder) {
    return files.stream()
        .map(root::relativize)
        .filter(p -> p.getNameCount() > 1 && p.getName(0).toString().equals(folder))
        .count();
  }
}
