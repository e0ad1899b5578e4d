package dev.compoundfer.ejb.inference;

import jakarta.ejb.Local;

/** Recognises the expression on a face image (JPEG, PNG, BMP or GIF bytes). */
@Local
public interface ExpressionRecognizer {
  /**
   * @throws NoActiveModelException when no model version is active
   * @throws UnreadableImageException when the bytes are not a usable image
   */
  Recognition recognize(byte[] image);
}
