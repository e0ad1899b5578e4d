package dev.compoundfer.core.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The ablation of Predictive Sorting: a seeded random order, ignoring the model. The shuffle is seeded by the seed
 * and the class, so a class gets the same images whenever it is ranked.
 */
public record RandomSelection(long seed) implements SelectionPolicy {

  @Override
  public List<Integer> rank(Candidates candidates) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, candidates.size()).boxed().toList());
    Collections.shuffle(order, new Random(seed * 1_000_003L + candidates.expression().cfeeId()));
    return order;
  }
}
