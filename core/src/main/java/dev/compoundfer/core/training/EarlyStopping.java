package dev.compoundfer.core.training;

/**
 * Early stopping on validation accuracy with patience and minimum improvement (the reference monitors val loss for
 * the teacher and val accuracy for increments; accuracy is used for both here so that both phases stop alike), and
 * the learning-rate decay on plateau that goes with it.
 *
 * <p>Decay: after {@code patience / 2} epochs without improvement the learning rate drops tenfold, at most
 * {@link #MAX_DECAYS} times in a run; an improvement resets the count, so a later plateau can decay again. Stopping
 * is unchanged (still {@code patience} epochs without improvement), so the decay adds no epochs. With Adam at a
 * fixed rate, joint 21-class training levelled off about 10 points below the label ceiling while train accuracy
 * stayed near validation accuracy: the steps were too coarse, not the data too small (docs/benchmarks.md,
 * "Synthetic dataset calibration").
 */
public final class EarlyStopping {

  /** At most two decays: 1e-3 becomes 1e-4, then 1e-5. */
  public static final int MAX_DECAYS = 2;

  /** Factor of one decay. */
  public static final double DECAY_FACTOR = 0.1;

  /**
   * The resumable state.
   *
   * @param best best validation accuracy so far, -1 before the first epoch
   * @param epochsWithoutImprovement epochs since {@code best} was set
   * @param learningRateDecays tenfold decays so far ({@code 0} in checkpoints written before decays existed)
   */
  public record State(double best, int epochsWithoutImprovement, int learningRateDecays) {
    /** A state without decays. */
    public State(double best, int epochsWithoutImprovement) {
      this(best, epochsWithoutImprovement, 0);
    }
  }

  private final int patience;
  private final double minDelta;
  private State state;

  public EarlyStopping(int patience, double minDelta, State state) {
    this.patience = patience;
    this.minDelta = minDelta;
    this.state = state;
  }

  public EarlyStopping(int patience, double minDelta) {
    this(patience, minDelta, new State(-1, 0));
  }

  /** Records one epoch's validation accuracy; returns whether it improved on the best. */
  public boolean update(double validationAccuracy) {
    boolean improved = validationAccuracy > state.best() + minDelta || state.best() < 0;
    if (improved) {
      state = new State(validationAccuracy, 0, state.learningRateDecays());
    } else {
      int without = state.epochsWithoutImprovement() + 1;
      boolean decay = without == decayAfter() && without < patience && state.learningRateDecays() < MAX_DECAYS;
      state = new State(state.best(), without, state.learningRateDecays() + (decay ? 1 : 0));
    }
    return improved;
  }

  public boolean triggered() {
    return state.epochsWithoutImprovement() >= patience;
  }

  /** What the base learning rate is multiplied by now: {@code DECAY_FACTOR ^ decays}. */
  public double learningRateScale() {
    return Math.pow(DECAY_FACTOR, state.learningRateDecays());
  }

  public State state() {
    return state;
  }

  private int decayAfter() {
    return Math.max(1, patience / 2);
  }
}
