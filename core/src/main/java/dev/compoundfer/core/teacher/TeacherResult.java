package dev.compoundfer.core.teacher;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.ConfusionMatrix;
import java.nio.file.Path;
import java.util.Map;

/**
 * The finished teacher.
 *
 * @param testAccuracy accuracy over all test images of the basic classes
 * @param perClassAccuracy recall per basic class on the test images
 * @param epochs epochs trained
 * @param modelDir where the teacher model was saved (loadable by {@code ExpressionModel})
 * @param confusion arg-max predictions on the basic test images, rows and columns in {@code Expression.basic()}
 *     order; its {@code report()} gives precision, recall and F1 per class
 */
public record TeacherResult(
    double testAccuracy, Map<Expression, Double> perClassAccuracy, int epochs, Path modelDir,
    ConfusionMatrix confusion) {
  public TeacherResult {
    perClassAccuracy = Map.copyOf(perClassAccuracy);
  }
}
