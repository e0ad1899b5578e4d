package dev.compoundfer.core.continual;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.ClassAccuracy;
import dev.compoundfer.core.metrics.ConfusionMatrix;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import java.util.List;

/** Arg-max accuracy and confusion matrix of a session's network on examples. */
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

  /**
   * @param classes the network's output order (the matrix's rows and columns)
   * @param examples images to count; images of a class outside {@code classes} are left out
   */
  public static ConfusionMatrix confusion(
      NetworkSession session, List<Expression> classes, List<Example> examples) {
    float[][] logits = session.logits(examples.stream().map(Example::pixels).toList());
    return ConfusionMatrix.of(classes, examples.stream().map(Example::expression).toList(), logits);
  }
}
