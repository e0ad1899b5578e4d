package dev.compoundfer.core.inference;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ServedModel} answers.
 *
 * @param predictors pooled predictors, i.e. forward passes that may run at once
 * @param batching micro-batching (off when {@code maxBatch} is 1)
 * @param timeout longest a caller waits for its answer before {@link OverloadedException}
 */
public record ServingSettings(int predictors, BatchSettings batching, Duration timeout) {
  public ServingSettings {
    Objects.requireNonNull(batching, "batching");
    Objects.requireNonNull(timeout, "timeout");
    if (predictors < 1 || predictors > 64) {
      throw new IllegalArgumentException("predictors must be in 1..64, was " + predictors);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }
}
