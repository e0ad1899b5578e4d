package dev.compoundfer.core.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One labelled face image of a dataset.
 *
 * @param image the image file
 * @param expression the expression class shown
 * @param subject the person shown; splits never put one subject in two sets
 */
public record FaceSample(Path image, Expression expression, String subject) {
  public FaceSample {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(expression, "expression");
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("A face sample needs a subject: " + image);
    }
  }
}
