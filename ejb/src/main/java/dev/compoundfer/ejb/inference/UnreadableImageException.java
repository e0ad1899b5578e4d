package dev.compoundfer.ejb.inference;

import jakarta.ejb.ApplicationException;

/** The bytes sent are not an image the service can read; the message says why in one sentence. */
@ApplicationException
public class UnreadableImageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * @param reason {@code EMPTY}, {@code NOT_AN_IMAGE}, {@code CORRUPT} or {@code TOO_MANY_PIXELS}
   */
  public UnreadableImageException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
