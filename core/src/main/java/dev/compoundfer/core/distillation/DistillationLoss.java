package dev.compoundfer.core.distillation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import dev.compoundfer.core.training.CrossEntropy;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.Scalars;
import dev.compoundfer.core.training.StepLoss;

/**
 * {@code (1 - gamma) * CE(labels, student) + gamma * KD}, with {@code KD = CE(softmax(t / T), softmax(s / T))}, mean
 * over the batch and no T² factor, as the reference (method.md §3.3 step 7).
 *
 * <p>The teacher's six logits are right-padded with zeros, not -inf, to the student's class count (reference parity):
 * new classes therefore get a small soft target, not zero. {@link #overTeacherClasses} instead compares only the
 * teacher's classes (the student's first k logits), for a teacher that is the student itself before the increment.
 */
public final class DistillationLoss implements StepLoss {

  private final NetworkSession teacher;
  private final double gamma;
  private final double temperature;
  private final boolean padded;

  /**
   * @param teacher the frozen teacher; its forward pass runs in inference mode inside the step's scope
   * @param gamma weight of the distillation term
   * @param temperature softening temperature T
   */
  public DistillationLoss(NetworkSession teacher, double gamma, double temperature) {
    this(teacher, gamma, temperature, true);
  }

  private DistillationLoss(NetworkSession teacher, double gamma, double temperature, boolean padded) {
    this.teacher = teacher;
    this.gamma = gamma;
    this.temperature = temperature;
    this.padded = padded;
  }

  /**
   * The same weighting, but the distillation term is taken over the teacher's k classes only: {@code
   * CE(softmax(t / T), softmax(s[:, :k] / T))} (Learning without Forgetting, BiC). For a teacher whose classes are
   * the student's first k, such as the student's own copy from before an increment.
   */
  public static DistillationLoss overTeacherClasses(NetworkSession teacher, double gamma, double temperature) {
    return new DistillationLoss(teacher, gamma, temperature, false);
  }

  @Override
  public NDArray compute(NDArray logits, NDArray labels, NDArray inputs) {
    NDArray teacherLogits = teacher.forward(inputs.getManager(), inputs).stopGradient();
    NDArray kd = padded
        ? softTargetCrossEntropy(padded(teacherLogits, logits.getShape().get(1)), logits, temperature)
        : softTargetCrossEntropy(teacherLogits, firstColumns(logits, teacherLogits.getShape().get(1)), temperature);
    return weighted(CrossEntropy.of(logits, labels), kd, gamma);
  }

  /** {@code (N, C) -> (N, k)}: the first k columns, differentiable. */
  public static NDArray firstColumns(NDArray logits, long k) {
    if (k > logits.getShape().get(1)) {
      throw new IllegalArgumentException("The student has fewer classes than the teacher");
    }
    return logits.get(new NDIndex(":, :{}", k));
  }

  /** {@code (1 - gamma) * ce + gamma * kd}. */
  public static NDArray weighted(NDArray ce, NDArray kd, double gamma) {
    return ce.mul(Scalars.of(ce, 1 - gamma)).add(kd.mul(Scalars.of(kd, gamma)));
  }

  /** {@code (N, k) -> (N, classes)}: zeros appended on the right. */
  public static NDArray padded(NDArray teacherLogits, long classes) {
    long n = teacherLogits.getShape().get(0);
    long missing = classes - teacherLogits.getShape().get(1);
    if (missing < 0) {
      throw new IllegalArgumentException("The student has fewer classes than the teacher");
    }
    if (missing == 0) {
      return teacherLogits;
    }
    return teacherLogits.concat(teacherLogits.getManager().zeros(new Shape(n, missing)), 1);
  }

  /** Mean over the batch of {@code -sum_c softmax(t/T)_c * log softmax(s/T)_c}; both {@code (N, C)}. */
  public static NDArray softTargetCrossEntropy(NDArray teacher, NDArray student, double temperature) {
    NDArray inverse = Scalars.of(student, 1 / temperature);
    NDArray target = teacher.mul(inverse).softmax(1);
    return student.mul(inverse).logSoftmax(1).mul(target).sum(new int[] {1}).neg().mean();
  }
}
