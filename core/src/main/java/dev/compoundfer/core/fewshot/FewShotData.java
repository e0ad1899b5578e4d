package dev.compoundfer.core.fewshot;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.training.Example;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The images of the few-shot phase. Training, validation (early stopping) and test (reported figures) come from
 * three disjoint sets of subjects, so neither the shots nor the stopping epoch are chosen on the scored images.
 */
record FewShotData(List<Example> train, List<Example> validation, List<Example> test, int pixelsPerImage) {
  FewShotData {
    train = Example.checkedSet("train", train, pixelsPerImage);
    validation = Example.checkedSet("validation", validation, pixelsPerImage);
    test = Example.checkedSet("test", test, pixelsPerImage);
    disjoint("train", train, "validation", validation);
    disjoint("train", train, "test", test);
    disjoint("validation", validation, "test", test);
  }


  private static void disjoint(String a, List<Example> first, String b, List<Example> second) {
    Set<String> shared = new HashSet<>(first.stream().map(Example::subject).toList());
    shared.retainAll(second.stream().map(Example::subject).toList());
    if (!shared.isEmpty()) {
      throw new IllegalArgumentException(
          "The " + a + " and " + b + " sets share subjects " + shared + "; few-shot needs disjoint subjects");
    }
  }

  List<Example> validationOf(Collection<Expression> classes) {
    return nonEmpty("validation", validation.stream().filter(e -> classes.contains(e.expression())).toList(), classes);
  }

  List<Example> testOf(Collection<Expression> classes) {
    return nonEmpty("test", test.stream().filter(e -> classes.contains(e.expression())).toList(), classes);
  }

  private static List<Example> nonEmpty(String set, List<Example> examples, Collection<Expression> classes) {
    boolean everyClass = classes.stream().allMatch(c -> examples.stream().anyMatch(e -> e.expression() == c));
    if (!everyClass) {
      throw new IllegalArgumentException("The " + set + " set lacks images of some of " + classes);
    }
    return examples;
  }
}
