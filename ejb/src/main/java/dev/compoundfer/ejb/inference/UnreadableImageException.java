package dev.compoundfer.ejb.inference;

import jakarta.ejb.ApplicationException;

/** The bytes sent are not an image the service can read; the message says why in one sentence. */
@ApplicationException
public class UnreadableImageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableImageException(String message) {
    super(message);
  }
}
