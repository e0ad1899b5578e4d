package dev.compoundfer.core.replay;

import dev.compoundfer.core.data.Expression;
import java.util.List;
import java.util.Objects;

/**
 * A class's training images offered to a {@link SelectionPolicy}, with what the current model says about each.
 *
 * @param expression the class
 * @param refs image ids
 * @param scores the model's raw logit for {@code expression} per image, same order as {@code refs}
 * @param features the model's feature vector per image ({@code [image][32]}, the classifier's input), same order
 */
public record Candidates(Expression expression, List<String> refs, float[] scores, float[][] features) {
  public Candidates {
    Objects.requireNonNull(expression, "expression");
    refs = List.copyOf(refs);
    if (scores.length != refs.size() || features.length != refs.size()) {
      throw new IllegalArgumentException(
          refs.size() + " refs but " + scores.length + " scores and " + features.length + " feature vectors");
    }
  }

  public int size() {
    return refs.size();
  }
}
