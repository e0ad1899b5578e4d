package dev.compoundfer.core.inference;

/** The service has more requests waiting than it is configured to hold, or one waited too long; try again later. */
public class OverloadedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OverloadedException(String message) {
    super(message);
  }
}
