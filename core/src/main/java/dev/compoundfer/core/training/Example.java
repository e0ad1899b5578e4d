package dev.compoundfer.core.training;

import dev.compoundfer.core.data.Expression;
import java.util.Objects;

/**
 * One training image.
 *
 * @param ref a stable id (e.g. the file path); replay memory and checkpoints refer to images by it
 * @param expression the class shown
 * @param subject the person shown
 * @param pixels CHW floats in [0,1], length {@code channels * size * size}
 */
public record Example(String ref, Expression expression, String subject, float[] pixels) {
  public Example {
    if (ref == null || ref.isBlank()) {
      throw new IllegalArgumentException("ref must not be blank");
    }
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(pixels, "pixels");
  }
}
