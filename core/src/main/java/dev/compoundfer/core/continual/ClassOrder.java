package dev.compoundfer.core.continual;

import dev.compoundfer.core.data.Expression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The order in which the fifteen compound classes are learned: a seeded shuffle, as in the reference. */
public final class ClassOrder {
  private ClassOrder() {}

  /** The compound classes shuffled by the seed; the same seed always gives the same order. */
  public static List<Expression> shuffled(long seed) {
    List<Expression> order = new ArrayList<>(Expression.compound());
    Collections.shuffle(order, new Random(seed));
    return List.copyOf(order);
  }
}
