package dev.compoundfer.ejb.inference;

import jakarta.ejb.ApplicationException;

/** More requests wait for the model than it may queue, or this one waited too long; try again shortly. */
@ApplicationException
public class ServiceBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServiceBusyException(String message) {
    super(message);
  }
}
