package dev.compoundfer.persistence.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The test-image confusion matrix of one model of an experiment (the teacher, or the model after an increment):
 * counts by true class (rows) and predicted class (columns), in the model's output order. Stored compactly as text,
 * one row per line of comma-separated counts, because it is always read whole.
 */
@Entity
@NamedQuery(name = "ConfusionMatrix.ofExperiment",
    query = "SELECT m FROM ConfusionMatrix m WHERE m.experimentId = :experiment ORDER BY m.step")
@NamedQuery(name = "ConfusionMatrix.deleteExperiment",
    query = "DELETE FROM ConfusionMatrix m WHERE m.experimentId = :experiment")
public class ConfusionMatrix {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "confusionMatrixSeq")
  @SequenceGenerator(name = "confusionMatrixSeq", sequenceName = "CONFUSION_MATRIX_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long experimentId;

  /** 0 = the teacher, i = the model after the i-th increment (as in the accuracy matrix). */
  private int step;

  /** The classes in output order, comma-separated lower-case names. */
  @Column(nullable = false, length = 1000)
  private String classes;

  @Lob
  @Column(nullable = false)
  private String counts;

  protected ConfusionMatrix() {}

  public ConfusionMatrix(Long experimentId, int step, List<String> classes, int[][] counts) {
    if (counts.length != classes.size() || Arrays.stream(counts).anyMatch(row -> row.length != classes.size())) {
      throw new IllegalArgumentException("A confusion matrix of " + classes.size() + " classes is square");
    }
    this.experimentId = experimentId;
    this.step = step;
    this.classes = String.join(",", classes);
    this.counts = Arrays.stream(counts)
        .map(row -> Arrays.stream(row).mapToObj(Integer::toString).collect(Collectors.joining(",")))
        .collect(Collectors.joining("\n"));
  }

  public int getStep() {
    return step;
  }

  public List<String> getClasses() {
    return List.of(classes.split(","));
  }

  public int[][] getCounts() {
    return Arrays.stream(counts.split("\n"))
        .map(line -> Arrays.stream(line.split(",")).mapToInt(Integer::parseInt).toArray())
        .toArray(int[][]::new);
  }
}
