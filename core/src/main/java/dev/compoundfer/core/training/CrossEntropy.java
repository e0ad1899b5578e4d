package dev.compoundfer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** Softmax cross entropy on raw logits, as Keras' {@code CategoricalCrossentropy(from_logits=True)}. */
public final class CrossEntropy implements StepLoss {

  /** Mean over the batch of {@code -log softmax(logits)[label]}; logits {@code (N, C)}, labels {@code (N)}. */
  public static NDArray of(NDArray logits, NDArray labels) {
    long classes = logits.getShape().get(1);
    NDArray oneHot = labels.oneHot((int) classes).toType(DataType.FLOAT32, false);
    return logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg().mean();
  }

  @Override
  public NDArray compute(NDArray logits, NDArray labels, NDArray inputs) {
    return of(logits, labels);
  }
}
