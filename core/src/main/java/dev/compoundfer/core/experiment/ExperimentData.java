package dev.compoundfer.core.experiment;

import dev.compoundfer.core.training.Example;
import java.util.List;

/**
 * The examples of an experiment by split, non-neutral classes only.
 *
 * @param train images of the training subjects
 * @param validation images of the validation subjects (early stopping)
 * @param test images of the test subjects (reported accuracy)
 */
public record ExperimentData(List<Example> train, List<Example> validation, List<Example> test) {
  public ExperimentData {
    train = List.copyOf(train);
    validation = List.copyOf(validation);
    test = List.copyOf(test);
  }

  /** Only the six basic classes: what the teacher learns from. */
  public ExperimentData basicOnly() {
    return new ExperimentData(basic(train), basic(validation), basic(test));
  }

  private static List<Example> basic(List<Example> examples) {
    return examples.stream().filter(e -> e.expression().isBasic()).toList();
  }
}
