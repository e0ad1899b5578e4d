package dev.compoundfer.core.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.compoundfer.core.data.Expression;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SelectionPolicyTest {

  private static final List<String> REFS = List.of("a", "b", "c", "d");

  @Test
  void predictiveSortingRanksByTheClassLogitHighestFirst() {
    // Given four images whose Happy logits are 0.5, 2.0, -1.0 and 1.0
    Candidates candidates = candidates(new float[] {0.5f, 2.0f, -1.0f, 1.0f}, oneD(0, 0, 0, 0));

    List<ReplayEntry> kept = new PredictiveSorting().select(candidates, 3);

    // Then b (2.0), d (1.0), a (0.5) are kept in that order and c is dropped
    assertEquals(
        List.of(
            new ReplayEntry("b", Expression.HAPPY, 2.0, 1),
            new ReplayEntry("d", Expression.HAPPY, 1.0, 2),
            new ReplayEntry("a", Expression.HAPPY, 0.5, 3)),
        kept);
  }

  @Test
  void herdingPicksTheImageThatKeepsTheChosenMeanClosestToTheClassMean() {
    // Given 1-D features 0, 2, 4 and 10: the class mean is 4
    Candidates candidates = candidates(new float[4], oneD(0, 2, 4, 10));

    List<Integer> order = new Herding().rank(candidates);

    // Then k=1: c (4) is the mean itself.
    // k=2: sum 4; b gives (4+2)/2 = 3 (off by 1), a gives 2 (off by 2), d gives 7 (off by 3) -> b.
    // k=3: sum 6; d gives 16/3 = 5.33 (off by 1.33), a gives 2 (off by 2) -> d. Then a.
    // (Closest-to-mean alone would have ranked a before d.)
    assertEquals(List.of(2, 1, 3, 0), order);
  }

  @Test
  void herdingKeepsTheFirstPicksWhenMemoryIsSmall() {
    Candidates candidates = candidates(new float[] {9, 8, 7, 6}, oneD(0, 2, 4, 10));

    List<ReplayEntry> kept = new Herding().select(candidates, 2);

    // Then c and b, scored with their logits, not their features
    assertEquals(
        List.of(new ReplayEntry("c", Expression.HAPPY, 7, 1), new ReplayEntry("b", Expression.HAPPY, 8, 2)), kept);
  }

  @Test
  void randomSelectionIsASeededPermutationThatIgnoresTheModel() {
    // Given the same images scored in two opposite ways
    Candidates byScore = candidates(new float[] {4, 3, 2, 1}, oneD(0, 1, 2, 3));
    Candidates reversed = candidates(new float[] {1, 2, 3, 4}, oneD(3, 2, 1, 0));

    List<Integer> first = new RandomSelection(7).rank(byScore);

    // Then the order is a permutation, the same for both scorings and for the same seed
    assertEquals(List.of(0, 1, 2, 3), first.stream().sorted().toList());
    assertEquals(first, new RandomSelection(7).rank(reversed));
    assertEquals(first, new RandomSelection(7).rank(byScore));
  }

  @Test
  void randomSelectionDiffersBetweenSeeds() {
    List<String> refs = IntStream.range(0, 20).mapToObj(i -> "r" + i).toList();
    Candidates many = new Candidates(Expression.SAD, refs, new float[20], new float[20][1]);

    assertNotEquals(new RandomSelection(1).rank(many), new RandomSelection(2).rank(many));
  }

  private static Candidates candidates(float[] scores, float[][] features) {
    return new Candidates(Expression.HAPPY, REFS, scores, features);
  }

  private static float[][] oneD(float... values) {
    float[][] features = new float[values.length][];
    for (int i = 0; i < values.length; i++) {
      features[i] = new float[] {values[i]};
    }
    return features;
  }
}
