package dev.compoundfer.core.continual;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.ClassAccuracy;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import java.util.List;

/** Arg-max accuracy of a session's network on examples. */
public final class Evaluation {

  private Evaluation() {}

  /**
   * @param classes the network's output order
   * @param examples images to score; an image whose class is not in {@code classes} counts as wrong
   */
  public static ClassAccuracy of(NetworkSession session, List<Expression> classes, List<Example> examples) {
    float[][] logits = session.logits(examples.stream().map(Example::pixels).toList());
    return ClassAccuracy.of(classes, examples.stream().map(Example::expression).toList(), logits);
  }
}
