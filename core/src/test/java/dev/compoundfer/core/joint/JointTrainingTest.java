package dev.compoundfer.core.joint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.SyntheticPatterns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JointTrainingTest {

  // Basic and compound classes together, which the teacher would refuse.
  private static final List<Expression> CLASSES = Expression.nonNeutral().subList(0, 8);

  @Test
  void learnsBasicAndCompoundClassesAtOnce() {
    List<Example> train = SyntheticPatterns.examples(CLASSES, 12, 21, "train");
    List<Example> validation = SyntheticPatterns.examples(CLASSES, 4, 22, "validation");
    List<Example> test = SyntheticPatterns.examples(CLASSES, 6, 23, "test");
    List<Integer> epochs = new ArrayList<>();

    JointResult result;
    try (JointTraining joint = new JointTraining(SyntheticPatterns.config())) {
      result = joint.train(train, validation, test, summary -> epochs.add(summary.epoch()));
    }

    assertEquals(result.epochs(), epochs.size());
    assertEquals(CLASSES.size(), result.perClassAccuracy().size());
    assertTrue(result.testAccuracy() > 0.6, "test accuracy " + result.testAccuracy());
    // The confusion matrix counts the same predictions: its diagonal share is the test accuracy, its rows the test set.
    assertEquals(Expression.nonNeutral(), result.confusion().classes());
    assertEquals(result.testAccuracy(), result.confusion().accuracy(), 1e-12);
    assertEquals(test.size(), result.confusion().report().stream().mapToInt(r -> r.support()).sum());
  }

  @Test
  void refusesNeutralImages() {
    List<Example> neutral = SyntheticPatterns.examples(List.of(Expression.HAPPY), 2, 1, "train").stream()
        .map(e -> new Example(e.ref(), Expression.NEUTRAL, e.subject(), e.pixels()))
        .toList();

    try (JointTraining joint = new JointTraining(SyntheticPatterns.config())) {
      assertThrows(IllegalArgumentException.class, () -> joint.train(neutral, neutral, neutral));
    }
  }
}
