package dev.compoundfer.core.teacher;

import dev.compoundfer.core.data.Expression;
import java.nio.file.Path;
import java.util.Map;

/**
 * The finished teacher.
 *
 * @param testAccuracy accuracy over all test images of the basic classes
 * @param perClassAccuracy recall per basic class on the test images
 * @param epochs epochs trained
 * @param modelDir where the teacher model was saved (loadable by {@code ExpressionModel})
 */
public record TeacherResult(
    double testAccuracy, Map<Expression, Double> perClassAccuracy, int epochs, Path modelDir) {
  public TeacherResult {
    perClassAccuracy = Map.copyOf(perClassAccuracy);
  }
}
