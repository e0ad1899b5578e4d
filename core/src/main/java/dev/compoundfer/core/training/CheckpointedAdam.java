package dev.compoundfer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.optimizer.Optimizer;

/**
 * DJL's Adam with its state in an {@link AdamState} that checkpoints can save and restore (DJL's {@code Adam} keeps
 * its moments and update counts private).
 *
 * <p>The update is DJL's: the same bias-corrected learning rate {@code lr * sqrt(1 - beta2^t) / (1 - beta1^t)} and
 * the same engine kernel ({@code NDArrayEx.adamUpdate}, which also zeroes the gradient), so that a step matches
 * {@code Adam} bit for bit. Weight decay, gradient rescaling and clipping stay at DJL's defaults (off), as the
 * reference uses none; betas and epsilon are DJL's (and Keras') defaults.
 */
public final class CheckpointedAdam extends Optimizer {

  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private float learningRate;
  private final AdamState state;

  /**
   * @param learningRate learning rate until {@link #setLearningRate}
   * @param state moments and counts; owned (and closed) by the caller
   */
  public CheckpointedAdam(float learningRate, AdamState state) {
    super(new Defaults());
    this.learningRate = checked(learningRate);
    this.state = state;
  }

  /** Changes the learning rate of the next steps; moments and counts carry on (a plateau decay). */
  public void setLearningRate(float learningRate) {
    this.learningRate = checked(learningRate);
  }

  private static float checked(float learningRate) {
    if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learningRate must be a finite number > 0, was " + learningRate);
    }
    return learningRate;
  }

  public AdamState state() {
    return state;
  }

  @Override
  public void update(String parameterId, NDArray weight, NDArray grad) {
    int t = state.nextStep(parameterId, weight);
    double coef1 = 1.0 - Math.pow(BETA1, t);
    double coef2 = 1.0 - Math.pow(BETA2, t);
    float corrected = (float) (learningRate * Math.sqrt(coef2) / coef1);
    NDList inputs =
        new NDList(weight, grad, state.mean(parameterId, weight), state.variance(parameterId, weight));
    weight
        .getNDArrayInternal()
        .adamUpdate(
            inputs, new NDList(weight), learningRate, corrected, getWeightDecay(), rescaleGrad, clipGrad, BETA1,
            BETA2, EPSILON, true, false);
  }

  /** DJL's optimiser defaults: no weight decay, no rescaling, no clipping. */
  private static final class Defaults extends OptimizerBuilder<Defaults> {
    @Override
    protected Defaults self() {
      return this;
    }
  }
}
