package dev.compoundfer.ejb.dataset;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A registered dataset as the console sees it. */
public record DatasetView(
    long id, String name, String reader, String path, LocalDateTime createdAt, LocalDateTime scannedAt,
    int samples, int subjects, List<ClassCount> classes, int problemCount, List<Problem> problems)
    implements Serializable {

  /** Images of one class. */
  public record ClassCount(String expression, int count) implements Serializable {}

  /** A skipped file and why. */
  public record Problem(String file, String reason) implements Serializable {}
}
