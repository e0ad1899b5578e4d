package dev.compoundfer.core.face;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When an image sent for recognition is cut down to its face first. The network was trained on face crops, so a
 * photo in which the face is clearly smaller than the frame is cropped as the dataset pipeline crops (issue 3); an
 * image that already is a face crop is left alone, since cropping it again would cut off the chin and brow.
 *
 * <ul>
 *   <li>{@code never}: the detector never runs;
 *   <li>{@code auto}: images whose shorter side is below {@code minImageSide} count as crops already (too small to
 *       hold a face worth finding, and the detector costs more than the forward pass); otherwise the detector runs
 *       and the image is cropped when the face's longer side is at most {@code maxFaceShare} of the image's shorter
 *       side;
 *   <li>{@code always}: the detector runs on every image and any face found is cropped.
 * </ul>
 *
 * @param mode never, auto or always
 * @param minImageSide in auto mode, the shorter side in pixels from which the detector runs
 * @param maxFaceShare in auto mode, the largest face (longer side over the image's shorter side) still cropped, in
 *     (0, 1]
 */
public record FaceCropRule(Mode mode, int minImageSide, double maxFaceShare) {
  /** Whether the detector runs. */
  public enum Mode {
    NEVER,
    AUTO,
    ALWAYS;

    /** {@code never}, {@code auto} or {@code always}, any case. */
    public static Mode parse(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("crop mode must be never, auto or always, was " + name, e);
      }
    }
  }

  /** What the rule made of one image. */
  public record Outcome(BufferedImage image, boolean cropped) {}

  public FaceCropRule {
    Objects.requireNonNull(mode, "mode");
    if (minImageSide < 1) {
      throw new IllegalArgumentException("minImageSide must be positive, was " + minImageSide);
    }
    if (!(maxFaceShare > 0 && maxFaceShare <= 1)) {
      throw new IllegalArgumentException("maxFaceShare must be in (0, 1], was " + maxFaceShare);
    }
  }

  /** Auto, from 96 pixels, faces up to 60% of the shorter side. */
  public static FaceCropRule defaults() {
    return new FaceCropRule(Mode.AUTO, 96, 0.6);
  }

  /** The image to recognise: the crop around the face when the rule says so, otherwise the image itself. */
  public Outcome apply(BufferedImage image, FaceDetector detector, CropSettings settings) {
    int shorter = Math.min(image.getWidth(), image.getHeight());
    if (mode == Mode.NEVER || mode == Mode.AUTO && shorter < minImageSide) {
      return new Outcome(image, false);
    }
    Optional<FaceBox> face = detector.detect(image);
    if (face.isEmpty()) {
      return new Outcome(image, false);
    }
    double share = Math.max(face.get().width(), face.get().height()) / (double) shorter;
    if (mode == Mode.AUTO && share > maxFaceShare) {
      return new Outcome(image, false);
    }
    // The face is known already: the cropper gets it back instead of running the detector a second time.
    FaceCropper cropper = new FaceCropper(box -> face, settings);
    return new Outcome(cropper.crop(image).crop().orElse(image), true);
  }
}
