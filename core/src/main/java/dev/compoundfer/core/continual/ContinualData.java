package dev.compoundfer.core.continual;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.training.Example;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The train, validation and test images of the continual phase, with look-up by ref and by class. */
record ContinualData(List<Example> train, List<Example> validation, List<Example> test, int pixelsPerImage) {
  ContinualData {
    train = Example.checkedSet("train", train, pixelsPerImage);
    validation = Example.checkedSet("validation", validation, pixelsPerImage);
    test = Example.checkedSet("test", test, pixelsPerImage);
  }


  /** The training examples with these refs, in the given order. */
  List<Example> byRefs(List<String> refs) {
    Map<String, Example> index = new HashMap<>();
    train.forEach(e -> index.put(e.ref(), e));
    return refs.stream()
        .map(
            ref -> {
              Example example = index.get(ref);
              if (example == null) {
                throw new IllegalStateException(
                    "Replay memory refers to " + ref + ", which is not in the training set");
              }
              return example;
            })
        .toList();
  }

  List<Example> trainOf(Collection<Expression> classes) {
    return train.stream().filter(e -> classes.contains(e.expression())).toList();
  }

  List<Example> validationOf(Collection<Expression> classes) {
    return validation.stream().filter(e -> classes.contains(e.expression())).toList();
  }

  List<Example> testOf(Collection<Expression> classes) {
    return test.stream().filter(e -> classes.contains(e.expression())).toList();
  }
}
