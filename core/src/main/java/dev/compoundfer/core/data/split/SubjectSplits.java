package dev.compoundfer.core.data.split;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Makes subject-independent splits: seeded k-fold, the reference's contiguous ten folds, or a manifest's own.
 *
 * <p>Seeded k-fold: sorted unique subjects are shuffled with {@code new Random(seed)} (an algorithm the JDK
 * specifies, so a seed gives the same folds on every JVM) and dealt round-robin into k folds, whose sizes differ by
 * at most one. Split f tests on fold f, validates on fold f+1 (mod k) and trains on the rest, so over the k splits
 * every subject is tested exactly once.
 */
public final class SubjectSplits {

  /** The reference's fold count (method.md §2). */
  public static final int PARITY_FOLDS = 10;

  private SubjectSplits() {}

  /** The k splits of seeded k-fold by subject (see the class comment); k ≥ 3 and at most the number of subjects. */
  public static List<SubjectSplit> kFold(Collection<String> subjects, int k, long seed) {
    List<String> shuffled = new ArrayList<>(new TreeSet<>(subjects));
    if (k < 3 || k > shuffled.size()) {
      throw new IllegalArgumentException(
          "k-fold needs 3 <= k <= subjects (train, validation and test folds), not k = " + k + " for "
              + shuffled.size() + " subjects");
    }
    // Sorted first, so that the input's order cannot change the folds; only the seed does.
    Collections.shuffle(shuffled, new Random(seed));
    List<List<String>> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(new ArrayList<>());
    }
    for (int i = 0; i < shuffled.size(); i++) {
      folds.get(i % k).add(shuffled.get(i));
    }
    List<SubjectSplit> splits = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      List<String> train = new ArrayList<>();
      for (int other = 0; other < k; other++) {
        if (other != f && other != (f + 1) % k) {
          train.addAll(folds.get(other));
        }
      }
      splits.add(SubjectSplit.of(train, folds.get((f + 1) % k), folds.get(f)));
    }
    return splits;
  }

  /**
   * Fold {@code fold} (0-9) of the reference's cross-validation (method.md §2, {@code process.py::cross_validation}):
   * subjects sorted (as strings, like Python's {@code sorted}) and unique, {@code foldLength = floor(n / 10)},
   * validation = the contiguous block {@code [fold * foldLength, (fold + 1) * foldLength)}, every other subject
   * trains, so leftovers past {@code 10 * foldLength} always train. No test set: the validation fold is also the
   * reported one, exactly as in the reference.
   */
  public static SubjectSplit parity(Collection<String> subjects, int fold) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(subjects));
    int foldLength = sorted.size() / PARITY_FOLDS;
    if (foldLength == 0) {
      throw new IllegalArgumentException("Ten folds need at least 10 subjects, not " + sorted.size());
    }
    if (fold < 0 || fold >= PARITY_FOLDS) {
      throw new IllegalArgumentException("The fold must be 0 to 9, not " + fold);
    }
    List<String> validation = sorted.subList(fold * foldLength, (fold + 1) * foldLength);
    List<String> train = new ArrayList<>(sorted);
    train.removeAll(validation);
    return SubjectSplit.of(train, validation, List.of());
  }

  /**
   * The split a manifest assigned ({@code LoadedDataset.assignedSplits()}: subject to train, validation or test).
   *
   * @throws IllegalArgumentException for a value other than the three names of {@link SplitNames}
   */
  public static SubjectSplit assigned(Map<String, String> assignedSplits) {
    List<String> train = new ArrayList<>();
    List<String> validation = new ArrayList<>();
    List<String> test = new ArrayList<>();
    assignedSplits.forEach((subject, split) -> {
      switch (SplitNames.parse(split).orElseThrow(
          () -> new IllegalArgumentException("Subject " + subject + " has an unknown split '" + split + "'"))) {
        case SplitNames.TRAIN -> train.add(subject);
        case SplitNames.VALIDATION -> validation.add(subject);
        default -> test.add(subject);
      }
    });
    return SubjectSplit.of(train, validation, test);
  }
}
