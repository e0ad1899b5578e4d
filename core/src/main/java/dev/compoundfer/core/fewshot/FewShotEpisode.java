package dev.compoundfer.core.fewshot;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.training.Example;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * One few-shot episode: a compound class learned from {@code shots} training images (method.md §4 step 2, the
 * reference's {@code np.random.choice(..., replace=False)}).
 *
 * @param compound the new class
 * @param shots training images of it, 1, 3 or 5
 * @param seed chooses the images; the same seed and training set give the same images in any input order
 */
public record FewShotEpisode(Expression compound, int shots, long seed) {

  /** The shot counts the reference runs ({@code --phase all}: 5, 3, 1). */
  public static final Set<Integer> SHOT_COUNTS = Set.of(1, 3, 5);

  public FewShotEpisode {
    Objects.requireNonNull(compound, "compound");
    if (!compound.isCompound()) {
      throw new IllegalArgumentException("A few-shot episode learns a compound class, not " + compound);
    }
    if (!SHOT_COUNTS.contains(shots)) {
      throw new IllegalArgumentException("shots must be 1, 3 or 5, was " + shots);
    }
  }

  /**
   * Chooses the shots among the images of {@link #compound} in {@code train} (training subjects only: the caller
   * passes the training set, never validation or test images).
   *
   * @throws IllegalArgumentException if {@code train} holds fewer than {@code shots} images of the class
   */
  public List<Example> chooseShots(List<Example> train) {
    List<Example> candidates = new ArrayList<>(train.stream().filter(e -> e.expression() == compound).toList());
    if (candidates.size() < shots) {
      throw new IllegalArgumentException(
          "Need " + shots + " training images of " + compound + ", found " + candidates.size());
    }
    // Sorted first so that the choice depends on the seed and the set of images, not on the list order.
    candidates.sort(Comparator.comparing(Example::ref));
    Collections.shuffle(candidates, new Random(seed * 1_000_003L + compound.ordinal() * 31L + shots));
    return List.copyOf(candidates.subList(0, shots));
  }
}
