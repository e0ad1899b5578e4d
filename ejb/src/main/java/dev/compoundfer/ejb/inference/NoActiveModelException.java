package dev.compoundfer.ejb.inference;

import jakarta.ejb.ApplicationException;

/** No model version is active yet: run an experiment, or activate a version. */
@ApplicationException
public class NoActiveModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoActiveModelException() {
    super("No model is active: run an experiment or activate a model version first.");
  }

  /** The model asked for is not the active one and does not exist (e.g. an experiment registered none yet). */
  public NoActiveModelException(String message) {
    super(message);
  }
}
