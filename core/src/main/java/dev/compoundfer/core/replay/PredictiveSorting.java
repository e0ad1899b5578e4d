package dev.compoundfer.core.replay;

import dev.compoundfer.core.data.Expression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Predictive Sorting: ranks a class's training images by the model's raw logit for that class, highest first, and
 * keeps the top m (method.md §3.3 step 2; the reference's comment says probability, the code uses logits).
 */
public final class PredictiveSorting implements SelectionPolicy {

  /** Ranks by {@link Candidates#scores()}, highest first; ties keep input order. */
  @Override
  public List<Integer> rank(Candidates candidates) {
    return order(candidates.scores());
  }

  /**
   * The top {@code m} images, best first; ties keep input order.
   *
   * @param refs image ids
   * @param scores the logit of {@code expression} for each image, same order as {@code refs}
   */
  public static List<ReplayEntry> select(Expression expression, List<String> refs, float[] scores, int m) {
    if (refs.size() != scores.length) {
      throw new IllegalArgumentException(refs.size() + " refs but " + scores.length + " scores");
    }
    if (m < 1) {
      throw new IllegalArgumentException("m must be at least 1, was " + m);
    }
    List<Integer> order = order(scores);
    List<ReplayEntry> kept = new ArrayList<>();
    for (int r = 0; r < Math.min(m, order.size()); r++) {
      int i = order.get(r);
      kept.add(new ReplayEntry(refs.get(i), expression, scores[i], r + 1));
    }
    return kept;
  }

  private static List<Integer> order(float[] scores) {
    return IntStream.range(0, scores.length)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]))
        .toList();
  }
}
