package dev.compoundfer.core.distillation;

/**
 * The distillation weight of increment i (0-based): {@code gamma_i = gamma0 * e^(-i / (1 + e))} (method.md §3.3 step
 * 7; reference gamma0 = 0.1 gives 0.1000, 0.0764, 0.0584, ...).
 */
public record GammaSchedule(double gamma0) {
  public GammaSchedule {
    if (!(gamma0 >= 0 && gamma0 <= 1)) {
      throw new IllegalArgumentException("gamma0 must be in [0, 1], was " + gamma0);
    }
  }

  public double gamma(int increment) {
    if (increment < 0) {
      throw new IllegalArgumentException("increment must be >= 0, was " + increment);
    }
    return gamma0 * Math.exp(-increment / (1 + Math.E));
  }
}
