package dev.compoundfer.core.training;

import ai.djl.ndarray.NDArray;

/** The loss of one training step, a scalar computed inside the step's scope. */
@FunctionalInterface
public interface StepLoss {

  /**
   * @param logits student logits {@code (N, C)}
   * @param labels class indices {@code (N)}, int32
   * @param inputs the batch {@code (N, channels, size, size)}, e.g. for a teacher forward pass
   * @return the scalar loss
   */
  NDArray compute(NDArray logits, NDArray labels, NDArray inputs);
}
