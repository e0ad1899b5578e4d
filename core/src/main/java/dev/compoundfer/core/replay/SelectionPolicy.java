package dev.compoundfer.core.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses which images of a class replay memory keeps: it only ranks the candidates best first; {@link ReplayMemory}
 * owns how many are kept and drops the tail first.
 */
@FunctionalInterface
public interface SelectionPolicy {

  /** A permutation of {@code 0..candidates.size()-1}, best first. */
  List<Integer> rank(Candidates candidates);

  /** The best {@code m} candidates as replay entries (score = the class logit, rank 1 = best). */
  default List<ReplayEntry> select(Candidates candidates, int m) {
    if (m < 1) {
      throw new IllegalArgumentException("m must be at least 1, was " + m);
    }
    List<Integer> order = rank(candidates);
    List<ReplayEntry> kept = new ArrayList<>();
    for (int r = 0; r < Math.min(m, order.size()); r++) {
      int i = order.get(r);
      kept.add(new ReplayEntry(candidates.refs().get(i), candidates.expression(), candidates.scores()[i], r + 1));
    }
    return kept;
  }
}
