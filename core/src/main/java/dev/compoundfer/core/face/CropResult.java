package dev.compoundfer.core.face;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * What cropping one image gave: the crop and the face it was cut around, a centre crop because no face was found,
 * or nothing because no face was found and no fallback is configured.
 *
 * @param outcome which of the three happened
 * @param face the detected face, present only for {@link Outcome#FACE}
 * @param crop the {@code size x size} RGB crop, absent only for {@link Outcome#NO_FACE}
 */
public record CropResult(Outcome outcome, Optional<FaceBox> face, Optional<BufferedImage> crop) {
  /** How an image was cropped. */
  public enum Outcome {
    /** A face was found and cropped with its margin. */
    FACE,
    /** No face was found; the centre square of the image was used, as configured. */
    NO_FACE_CENTRE_CROP,
    /** No face was found and no fallback is configured: the image gives no crop. */
    NO_FACE
  }

  public CropResult {
    Objects.requireNonNull(outcome, "outcome");
    if (face.isPresent() != (outcome == Outcome.FACE)) {
      throw new IllegalArgumentException("a face box belongs to outcome FACE only, outcome was " + outcome);
    }
    if (crop.isPresent() == (outcome == Outcome.NO_FACE)) {
      throw new IllegalArgumentException("outcome " + outcome + " does not match crop presence " + crop.isPresent());
    }
  }

  static CropResult ofFace(FaceBox face, BufferedImage crop) {
    return new CropResult(Outcome.FACE, Optional.of(face), Optional.of(crop));
  }

  static CropResult centreCrop(BufferedImage crop) {
    return new CropResult(Outcome.NO_FACE_CENTRE_CROP, Optional.empty(), Optional.of(crop));
  }

  static CropResult noFace() {
    return new CropResult(Outcome.NO_FACE, Optional.empty(), Optional.empty());
  }

  /** Whether a face was detected; false for both no-face outcomes. */
  public boolean faceFound() {
    return outcome == Outcome.FACE;
  }
}
