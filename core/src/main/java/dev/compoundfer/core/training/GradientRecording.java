package dev.compoundfer.core.training;

/**
 * DJL's PyTorch engine lets one gradient collector record at a time in the whole JVM (a second one throws
 * {@code IllegalStateException}). Training steps and Grad-CAM maps, which may run at the same time in one server,
 * take turns on this lock.
 */
public final class GradientRecording {
  /** Held while a gradient collector is open. */
  public static final Object LOCK = new Object();

  private GradientRecording() {}
}
