package dev.compoundfer.core.training;

/**
 * What one training step returns, as Java values (no NDArray leaves the step).
 *
 * @param loss the scalar loss
 * @param correct how many images of the batch the student classified right
 * @param size the batch size
 */
public record StepResult(double loss, int correct, int size) {}
