package dev.compoundfer.core.metrics;

import dev.compoundfer.core.data.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * Arg-max predictions counted by true class (rows) and predicted class (columns), in the classifier's output order,
 * with the per-class report of sklearn's {@code classification_report} (method.md section 5).
 */
public final class ConfusionMatrix {
  /**
   * One class of the report.
   *
   * @param expression the class
   * @param precision right among the images predicted as this class (0 when none was)
   * @param recall right among the images of this class (0 when it has none)
   * @param f1 harmonic mean of precision and recall (0 when both are 0)
   * @param support images of this class
   */
  public record ClassReport(Expression expression, double precision, double recall, double f1, int support) {}

  private final List<Expression> classes;
  private final int[][] counts;

  private ConfusionMatrix(List<Expression> classes, int[][] counts) {
    this.classes = List.copyOf(classes);
    this.counts = counts;
  }

  /**
   * Counts arg-max predictions.
   *
   * @param classes the classifier's output order
   * @param truth the true class of each image; images of a class outside {@code classes} are left out
   * @param logits {@code [image][class]}
   */
  public static ConfusionMatrix of(List<Expression> classes, List<Expression> truth, float[][] logits) {
    if (truth.size() != logits.length) {
      throw new IllegalArgumentException(truth.size() + " labels for " + logits.length + " predictions");
    }
    int[][] counts = new int[classes.size()][classes.size()];
    for (int i = 0; i < truth.size(); i++) {
      int row = classes.indexOf(truth.get(i));
      if (row >= 0) {
        counts[row][argMax(logits[i])]++;
      }
    }
    return new ConfusionMatrix(classes, counts);
  }

  /**
   * A matrix from stored counts (for example read back from a database).
   *
   * @param classes the classifier's output order
   * @param counts {@code [true class][predicted class]}, square in the size of {@code classes}, no negative cell
   */
  public static ConfusionMatrix ofCounts(List<Expression> classes, int[][] counts) {
    int[][] copy = new int[classes.size()][];
    if (counts.length != classes.size()) {
      throw new IllegalArgumentException(counts.length + " rows for " + classes.size() + " classes");
    }
    for (int r = 0; r < counts.length; r++) {
      if (counts[r].length != classes.size()) {
        throw new IllegalArgumentException("Row " + r + " has " + counts[r].length + " cells, expected "
            + classes.size());
      }
      for (int c : counts[r]) {
        if (c < 0) {
          throw new IllegalArgumentException("Negative count " + c + " in row " + r);
        }
      }
      copy[r] = counts[r].clone();
    }
    return new ConfusionMatrix(classes, copy);
  }

  public List<Expression> classes() {
    return classes;
  }

  /** A copy of the counts, {@code [true class][predicted class]} in {@link #classes()} order. */
  public int[][] counts() {
    int[][] copy = new int[counts.length][];
    for (int r = 0; r < counts.length; r++) {
      copy[r] = counts[r].clone();
    }
    return copy;
  }

  /** How many images of class {@code actual} were predicted as {@code predicted}. */
  public int count(Expression actual, Expression predicted) {
    return counts[classes.indexOf(actual)][classes.indexOf(predicted)];
  }

  /** Share of the counted images on the diagonal. */
  public double accuracy() {
    int right = 0;
    int all = 0;
    for (int r = 0; r < counts.length; r++) {
      for (int c = 0; c < counts.length; c++) {
        all += counts[r][c];
        right += r == c ? counts[r][c] : 0;
      }
    }
    return all == 0 ? 0 : (double) right / all;
  }

  /** Precision, recall, F1 and support of every class, in output order. */
  public List<ClassReport> report() {
    List<ClassReport> report = new ArrayList<>();
    for (int k = 0; k < classes.size(); k++) {
      int support = 0;
      int predicted = 0;
      for (int j = 0; j < classes.size(); j++) {
        support += counts[k][j];
        predicted += counts[j][k];
      }
      double precision = predicted == 0 ? 0 : (double) counts[k][k] / predicted;
      double recall = support == 0 ? 0 : (double) counts[k][k] / support;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      report.add(new ClassReport(classes.get(k), precision, recall, f1, support));
    }
    return report;
  }

  /** Unweighted mean of the classes' F1 (sklearn's macro average), over classes with at least one image. */
  public double macroF1() {
    return report().stream().filter(r -> r.support() > 0).mapToDouble(ClassReport::f1).average().orElse(0);
  }

  /** Equal when the classes, in order, and every count are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ConfusionMatrix that
        && classes.equals(that.classes)
        && java.util.Arrays.deepEquals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * classes.hashCode() + java.util.Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "ConfusionMatrix" + classes + java.util.Arrays.deepToString(counts);
  }

  private static int argMax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
