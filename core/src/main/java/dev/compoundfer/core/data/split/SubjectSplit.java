package dev.compoundfer.core.data.split;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which subjects train, validate and test; no subject is in two sets, so no person is both learned and scored.
 *
 * <p>{@code test} is empty in the reference's parity split, where the validation fold is both the early-stopping set
 * and the reported one (method.md §2); {@link #evaluation()} names the set whose accuracy is reported either way.
 *
 * @param train subjects to learn from, non-empty
 * @param validation subjects for early stopping and model choice
 * @param test subjects held out for the reported accuracy, possibly empty
 */
public record SubjectSplit(SortedSet<String> train, SortedSet<String> validation, SortedSet<String> test) {
  public SubjectSplit {
    train = sortedCopy(train, "train");
    validation = sortedCopy(validation, "validation");
    test = sortedCopy(test, "test");
    if (train.isEmpty()) {
      throw new IllegalArgumentException("A split needs at least one training subject");
    }
    requireDisjoint(train, "train", validation, "validation");
    requireDisjoint(train, "train", test, "test");
    requireDisjoint(validation, "validation", test, "test");
  }

  /** A split from any collections of subject ids. */
  public static SubjectSplit of(Collection<String> train, Collection<String> validation, Collection<String> test) {
    return new SubjectSplit(new TreeSet<>(train), new TreeSet<>(validation), new TreeSet<>(test));
  }

  /** The subjects whose accuracy is reported: the test set, or the validation set when there is no test set. */
  public SortedSet<String> evaluation() {
    return test.isEmpty() ? validation : test;
  }

  private static SortedSet<String> sortedCopy(SortedSet<String> subjects, String name) {
    if (subjects == null || subjects.stream().anyMatch(s -> s == null || s.isBlank())) {
      throw new IllegalArgumentException("The " + name + " set must not be null or hold blank subjects");
    }
    return Collections.unmodifiableSortedSet(new TreeSet<>(subjects));
  }

  private static void requireDisjoint(SortedSet<String> a, String aName, SortedSet<String> b, String bName) {
    SortedSet<String> shared = new TreeSet<>(a);
    shared.retainAll(b);
    if (!shared.isEmpty()) {
      throw new IllegalArgumentException(
          "Subjects " + shared + " are in both the " + aName + " and the " + bName + " set");
    }
  }
}
