package dev.compoundfer.core.data;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a dataset reader found: the good samples, the splits a manifest may assign, and the problems it skipped.
 *
 * @param samples the samples that loaded
 * @param assignedSplits the split ("train", "validation", "test") a manifest assigned to a subject, if any
 * @param problems the skipped files with their reasons
 */
public record LoadedDataset(
    List<FaceSample> samples, Map<String, String> assignedSplits, List<LoadProblem> problems) {
  public LoadedDataset {
    samples = List.copyOf(samples);
    assignedSplits = Map.copyOf(assignedSplits);
    problems = List.copyOf(problems);
  }

  /** The distinct subjects, sorted. */
  public Set<String> subjects() {
    Set<String> subjects = new TreeSet<>();
    samples.forEach(s -> subjects.add(s.subject()));
    return subjects;
  }
}
