package dev.compoundfer.core.training;

import dev.compoundfer.core.data.Expression;
import java.util.List;
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

  /**
   * A copy of a set of examples, rejected with a message naming the set and the image when it is empty or an
   * image has the wrong size.
   */
  public static List<Example> checkedSet(String set, List<Example> examples, int pixelsPerImage) {
    if (examples == null || examples.isEmpty()) {
      throw new IllegalArgumentException("The " + set + " set is empty");
    }
    for (Example e : examples) {
      if (e.pixels().length != pixelsPerImage) {
        throw new IllegalArgumentException(
            "Image " + e.ref() + " has " + e.pixels().length + " floats, expected " + pixelsPerImage);
      }
    }
    return List.copyOf(examples);
  }
}
