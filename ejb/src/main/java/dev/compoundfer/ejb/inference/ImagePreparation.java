package dev.compoundfer.ejb.inference;

import dev.compoundfer.core.data.image.BadImageException;
import dev.compoundfer.core.data.image.ImageDecoder;
import dev.compoundfer.core.data.image.ImagePixels;
import dev.compoundfer.core.face.ChainFaceDetector;
import dev.compoundfer.core.face.CropSettings;
import dev.compoundfer.core.face.FaceCropRule;
import dev.compoundfer.core.face.FaceDetector;
import dev.compoundfer.ejb.registry.InferenceSettings;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns uploaded bytes into the network's input: bounded decoding (size, declared pixels, truncation), the face
 * crop rule, then CHW floats at the model's size.
 */
final class ImagePreparation {
  /** One image's input and whether it was cropped to a face. */
  record Prepared(float[] pixels, boolean faceCropped) {}

  private static final Logger LOG = Logger.getLogger(ImagePreparation.class.getName());
  private static final ImageDecoder DECODER = new ImageDecoder();
  private static final CropSettings CROP = CropSettings.defaults();
  private static volatile Optional<FaceDetector> detector;

  private ImagePreparation() {}

  /** @param position the image's place in a batch, or -1 for a single image (named in error messages) */
  static Prepared prepare(byte[] bytes, int size, int channels, int position) {
    BufferedImage image = decode(bytes, position);
    FaceCropRule rule = InferenceSettings.cropRule();
    FaceCropRule.Outcome outcome = rule.mode() == FaceCropRule.Mode.NEVER || detector().isEmpty()
        ? new FaceCropRule.Outcome(image, false)
        : rule.apply(image, detector().get(), CROP);
    return new Prepared(ImagePixels.toChw(outcome.image(), size, channels), outcome.cropped());
  }

  private static BufferedImage decode(byte[] bytes, int position) {
    String where = position < 0 ? "" : "Image " + (position + 1) + ": ";
    if (bytes == null) {
      throw new UnreadableImageException("EMPTY", where + "No image was sent.");
    }
    try {
      return DECODER.decode(bytes);
    } catch (BadImageException e) {
      if (e.reason() == BadImageException.Reason.TOO_MANY_BYTES) {
        throw new RequestTooLargeException(where + e.getMessage());
      }
      throw new UnreadableImageException(e.reason().name(), where + e.getMessage());
    }
  }

  // The detector needs OpenCV's natives and Debian's cascades; without them images are recognised uncropped and
  // the log says why once.
  private static Optional<FaceDetector> detector() {
    Optional<FaceDetector> known = detector;
    if (known == null) {
      synchronized (ImagePreparation.class) {
        if (detector == null) {
          try {
            detector = Optional.of(ChainFaceDetector.withDefaults());
          } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "No face detector (OpenCV or its cascades are missing); images are not cropped", e);
            detector = Optional.empty();
          }
        }
        known = detector;
      }
    }
    return known;
  }
}
