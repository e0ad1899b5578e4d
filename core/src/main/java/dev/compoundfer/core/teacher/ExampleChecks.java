package dev.compoundfer.core.teacher;

import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.TrainingConfig;
import java.util.List;

/** Rejects examples the teacher cannot use, naming the set and the image. */
final class ExampleChecks {

  private ExampleChecks() {}

  static void requireBasic(String set, List<Example> examples, TrainingConfig config) {
    for (Example example : Example.checkedSet(set, examples, config.pixelsPerImage())) {
      if (!example.expression().isBasic()) {
        throw new IllegalArgumentException(
            "The " + set + " set holds " + example.ref() + " of non-basic class " + example.expression());
      }
    }
  }
}
