package dev.compoundfer.core.training;

import ai.djl.ndarray.NDArray;

/**
 * The loss of a training step computed from the network's outputs alone; the loss carries its own targets (action-unit
 * intensities, which view pairs with which), so that pretraining tasks without class labels use the same scoped step.
 */
@FunctionalInterface
public interface OutputLoss {

  /**
   * @param outputs the network's outputs {@code (N, outputs)}, attached to the step's scope
   * @return the scalar loss
   */
  NDArray compute(NDArray outputs);
}
