package dev.compoundfer.core.metrics;

import dev.compoundfer.core.data.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy of one evaluation: plain accuracy over all images (sklearn {@code accuracy_score}) and recall per class.
 *
 * @param overall share of images whose arg-max class is right
 * @param perClass share right among the images of each class present (classes without images are absent)
 */
public record ClassAccuracy(double overall, Map<Expression, Double> perClass) {
  public ClassAccuracy {
    perClass = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
  }

  /**
   * Scores arg-max predictions.
   *
   * @param classes the classifier's output order
   * @param truth the true class of each image
   * @param logits {@code [image][class]}
   */
  public static ClassAccuracy of(List<Expression> classes, List<Expression> truth, float[][] logits) {
    Map<Expression, int[]> counts = new LinkedHashMap<>();
    int right = 0;
    for (int i = 0; i < truth.size(); i++) {
      boolean ok = classes.get(argMax(logits[i])) == truth.get(i);
      int[] c = counts.computeIfAbsent(truth.get(i), k -> new int[2]);
      c[0] += ok ? 1 : 0;
      c[1]++;
      right += ok ? 1 : 0;
    }
    Map<Expression, Double> perClass = new LinkedHashMap<>();
    for (Expression expression : classes) {
      int[] c = counts.get(expression);
      if (c != null) {
        perClass.put(expression, (double) c[0] / c[1]);
      }
    }
    return new ClassAccuracy(truth.isEmpty() ? 0 : (double) right / truth.size(), perClass);
  }

  /** Index of the largest value (first on ties). */
  public static int argMax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
