package dev.compoundfer.core.inference;

import java.time.Duration;
import java.util.Objects;

/**
 * How requests are gathered into forward passes.
 *
 * @param maxBatch most images in one forward pass; 1 turns micro-batching off (each caller runs its own pass)
 * @param maxWait longest a request waits for others to join its pass, counted from its arrival
 * @param maxQueue most requests waiting for a pass; more are refused ({@link OverloadedException}) rather than
 *     queued without bound
 */
public record BatchSettings(int maxBatch, Duration maxWait, int maxQueue) {
  public BatchSettings {
    Objects.requireNonNull(maxWait, "maxWait");
    if (maxBatch < 1 || maxBatch > 1024) {
      throw new IllegalArgumentException("maxBatch must be in 1..1024, was " + maxBatch);
    }
    if (maxWait.isNegative() || maxWait.compareTo(Duration.ofSeconds(10)) > 0) {
      throw new IllegalArgumentException("maxWait must be in 0..10 s, was " + maxWait);
    }
    if (maxQueue < 1) {
      throw new IllegalArgumentException("maxQueue must be positive, was " + maxQueue);
    }
  }

  /** No micro-batching: every request is its own forward pass. */
  public static BatchSettings off() {
    return new BatchSettings(1, Duration.ZERO, 1024);
  }

  public boolean batching() {
    return maxBatch > 1;
  }
}
