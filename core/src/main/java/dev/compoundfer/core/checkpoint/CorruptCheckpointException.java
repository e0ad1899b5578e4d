package dev.compoundfer.core.checkpoint;

/** A checkpoint file exists but cannot be trusted (bad checksum, truncated, wrong format). */
public final class CorruptCheckpointException extends IllegalStateException {
  public CorruptCheckpointException(String message) {
    super(message);
  }
}
