package dev.compoundfer.core.data.image;

/**
 * An image that cannot or must not be decoded; the message is one sentence a user can act on.
 *
 * <p>Checked on purpose: bad files are an expected outcome of reading user data, and every caller must decide what
 * to do with one (a dataset reader turns it into a {@code LoadProblem}, an upload endpoint into a 400 response).
 */
public class BadImageException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why an image was rejected. */
  public enum Reason {
    EMPTY,
    NOT_AN_IMAGE,
    CORRUPT,
    TOO_MANY_BYTES,
    TOO_MANY_PIXELS
  }

  private final Reason reason;

  public BadImageException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public BadImageException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
