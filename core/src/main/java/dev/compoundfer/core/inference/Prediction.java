package dev.compoundfer.core.inference;

import dev.compoundfer.core.data.Expression;
import java.util.Map;
import java.util.Objects;

/**
 * The predicted class of one image and the softmax probability of every class.
 *
 * @param label the most probable class
 * @param probabilities probability per class, in the model's output order, summing to 1
 */
public record Prediction(Expression label, Map<Expression, Double> probabilities) {
  public Prediction {
    Objects.requireNonNull(label, "label");
    probabilities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(probabilities));
  }
}
