package dev.compoundfer.ejb.experiment;

import jakarta.ejb.ApplicationException;

/** A job parameter that would make the experiment fail; the message names the parameter. */
@ApplicationException(rollback = true)
public class InvalidParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String parameter;

  public InvalidParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The name of the offending parameter. */
  public String parameter() {
    return parameter;
  }
}
