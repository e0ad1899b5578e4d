package dev.compoundfer.core.data.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SubjectSplitsTest {

  /** 23 subjects "100".."122": not divisible by 10, so parity has three leftovers. */
  private static final List<String> SUBJECTS = IntStream.range(100, 123).mapToObj(String::valueOf).toList();

  @Test
  void kFoldNeverPutsASubjectInTwoSetsAndTestsEverySubjectOnce() {
    // Given 23 subjects

    // When they are split into 5 folds
    List<SubjectSplit> splits = SubjectSplits.kFold(SUBJECTS, 5, 42L);

    // Then each split covers all subjects without overlap, and the test sets partition the subjects
    List<String> tested = new ArrayList<>();
    for (SubjectSplit split : splits) {
      Set<String> union = new HashSet<>(split.train());
      union.addAll(split.validation());
      union.addAll(split.test());
      assertEquals(SUBJECTS.size(), split.train().size() + split.validation().size() + split.test().size(), "sizes");
      assertEquals(new HashSet<>(SUBJECTS), union);
      assertTrue(split.test().size() == 4 || split.test().size() == 5, "fold size " + split.test().size());
      tested.addAll(split.test());
    }
    Collections.sort(tested);
    assertEquals(SUBJECTS, tested);
  }

  @Test
  void kFoldIsTheSameForTheSameSeedWhateverTheInputOrder() {
    // Given the subjects in two orders
    List<String> reversed = new ArrayList<>(SUBJECTS);
    Collections.reverse(reversed);

    // When both are split with seed 7, and once with seed 8
    List<SubjectSplit> first = SubjectSplits.kFold(SUBJECTS, 5, 7L);
    List<SubjectSplit> second = SubjectSplits.kFold(reversed, 5, 7L);
    List<SubjectSplit> otherSeed = SubjectSplits.kFold(SUBJECTS, 5, 8L);

    // Then the seed alone decides the folds
    assertEquals(first, second);
    assertNotEquals(first, otherSeed);
  }

  @Test
  void kFoldValidatesOnTheFoldAfterTheTestFold() {
    // Given three folds of 23 subjects
    List<SubjectSplit> splits = SubjectSplits.kFold(SUBJECTS, 3, 1L);

    // When split f is compared with split f + 1

    // Then split f validates on what split f + 1 tests
    for (int f = 0; f < 3; f++) {
      assertEquals(splits.get((f + 1) % 3).test(), splits.get(f).validation());
    }
  }

  @Test
  void parityValidatesOnContiguousBlocksOfFloorNOverTenSortedSubjectsAndAlwaysTrainsTheLeftovers() {
    // Given 23 subjects in shuffled order: fold length floor(23 / 10) = 2, leftovers "120", "121", "122"
    List<String> shuffled = new ArrayList<>(SUBJECTS);
    Collections.shuffle(shuffled, new Random(3));

    // When every parity fold is made
    List<SubjectSplit> folds = IntStream.range(0, 10).mapToObj(k -> SubjectSplits.parity(shuffled, k)).toList();

    // Then fold k validates on the k-th block of two, has no test set, and trains on the other 21 subjects
    for (int k = 0; k < 10; k++) {
      SubjectSplit fold = folds.get(k);
      assertEquals(new TreeSet<>(SUBJECTS.subList(2 * k, 2 * k + 2)), fold.validation());
      assertEquals(Set.of(), fold.test());
      assertEquals(fold.validation(), fold.evaluation());
      assertEquals(21, fold.train().size(), "training subjects of fold " + k);
      assertTrue(fold.train().containsAll(List.of("120", "121", "122")), "leftovers train in fold " + k);
    }
  }

  @Test
  void parityOnTwoHundredThirtySubjectsUsesFoldsOfTwentyThree() {
    // Given CFEE's 230 subjects
    List<String> subjects = IntStream.range(110, 340).mapToObj(String::valueOf).toList();

    // When fold 9 is made
    SubjectSplit fold = SubjectSplits.parity(subjects, 9);

    // Then it validates on the last 23 sorted subjects
    assertEquals(new TreeSet<>(subjects.subList(207, 230)), fold.validation());
    assertEquals(207, fold.train().size(), "training subjects");
  }

  @Test
  void refusesASplitWhoseSetsOverlap() {
    // Given subject "7" in both train and test

    // When the split is made, Then it is refused naming the subject
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SubjectSplit.of(List.of("1", "7"), List.of("2"), List.of("7")));
    assertEquals("Subjects [7] are in both the train and the test set", e.getMessage());
  }

  @Test
  void takesTheSplitsAManifestAssigned() {
    // Given a manifest's assignment
    Map<String, String> assigned = Map.of("S1", "train", "S2", "validation", "S3", "test", "S4", "train");

    // When it becomes a split
    SubjectSplit split = SubjectSplits.assigned(assigned);

    // Then each subject is in its set
    assertEquals(SubjectSplit.of(List.of("S1", "S4"), List.of("S2"), List.of("S3")), split);
  }
}
