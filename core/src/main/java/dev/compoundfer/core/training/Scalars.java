package dev.compoundfer.core.training;

import ai.djl.ndarray.NDArray;

/**
 * Scalar operands for arithmetic inside a recorded (autograd) computation.
 *
 * <p>Why: DJL's {@code NDArray.mul(Number)}, {@code div(Number)} and {@code maximum(Number)} on the PyTorch engine
 * wrap the number in a temporary array whose memory is a Java direct buffer, and close that array as soon as the
 * operation returns. PyTorch's autograd keeps the scalar for the backward pass (the gradient of {@code a * c} is
 * {@code c}), but nothing keeps the buffer reachable any more: a garbage collection between forward and backward
 * frees it, and the backward pass reads whatever the memory holds by then. In the server, where collections are
 * frequent, that silently corrupted the distillation gradients and made runs with the same seed differ (with
 * {@code mul(0.5f)} a probe's gradient of {@code x * 0.5} came out as 1.4e-45; {@code DistillationLossTest} and
 * {@code NtXentLossTest} fail that way without this class). A scalar made here belongs to the same manager as the
 * array it scales, the training step's scope, which outlives the backward pass. Operands of arrays that record no
 * gradient (a frozen teacher's logits, a constant mask) may keep the plain number.
 */
public final class Scalars {

  private Scalars() {}

  /** {@code value} as a 0-dimensional array of {@code like}'s type, owned by {@code like}'s manager. */
  public static NDArray of(NDArray like, double value) {
    return like.getManager().create((float) value).toType(like.getDataType(), false);
  }
}
