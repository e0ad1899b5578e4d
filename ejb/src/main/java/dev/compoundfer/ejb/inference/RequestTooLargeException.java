package dev.compoundfer.ejb.inference;

import jakarta.ejb.ApplicationException;

/** The request carries more images or bytes than one call may; the message states the limit. */
@ApplicationException
public class RequestTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RequestTooLargeException(String message) {
    super(message);
  }
}
