package dev.compoundfer.core.teacher;

import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.TrainingConfig;
import java.util.List;

/** Rejects examples the teacher cannot use, naming the set and the image. */
final class ExampleChecks {

  private ExampleChecks() {}

  static void requireBasic(String set, List<Example> examples, TrainingConfig config) {
    if (examples == null || examples.isEmpty()) {
      throw new IllegalArgumentException("The " + set + " set is empty");
    }
    for (Example example : examples) {
      if (!example.expression().isBasic()) {
        throw new IllegalArgumentException(
            "The " + set + " set holds " + example.ref() + " of non-basic class " + example.expression());
      }
      if (example.pixels().length != config.pixelsPerImage()) {
        throw new IllegalArgumentException(
            "Image " + example.ref() + " has " + example.pixels().length + " floats, expected "
                + config.pixelsPerImage());
      }
    }
  }
}
