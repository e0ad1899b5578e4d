package dev.compoundfer.core.training;

/**
 * Early stopping on validation accuracy with patience and minimum improvement (the reference monitors val loss for
 * the teacher and val accuracy for increments; accuracy is used for both here so that both phases stop alike).
 */
public final class EarlyStopping {

  /**
   * The resumable state.
   *
   * @param best best validation accuracy so far, -1 before the first epoch
   * @param epochsWithoutImprovement epochs since {@code best} was set
   */
  public record State(double best, int epochsWithoutImprovement) {}

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
    state =
        improved
            ? new State(validationAccuracy, 0)
            : new State(state.best(), state.epochsWithoutImprovement() + 1);
    return improved;
  }

  public boolean triggered() {
    return state.epochsWithoutImprovement() >= patience;
  }

  public State state() {
    return state;
  }
}
