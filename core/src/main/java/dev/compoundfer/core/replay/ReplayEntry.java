package dev.compoundfer.core.replay;

import dev.compoundfer.core.data.Expression;
import java.util.Objects;

/**
 * One image kept in replay memory.
 *
 * @param ref the image's stable id
 * @param expression its class
 * @param score the model's raw logit for that class when the image was chosen
 * @param rank 1 = highest score of its class
 */
public record ReplayEntry(String ref, Expression expression, double score, int rank) {
  public ReplayEntry {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(expression, "expression");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be at least 1, was " + rank);
    }
  }
}
