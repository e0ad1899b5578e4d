package dev.compoundfer.core.face;

/**
 * How {@link FaceCropper} cuts a face out.
 *
 * @param margin extra room on each side of the face, as a fraction of the face's longer side, 0..1
 * @param size width and height of the crop in pixels, 16..1024
 * @param centreFallback whether an image without a detected face still gives a crop (its centre square) rather
 *     than none
 */
public record CropSettings(double margin, int size, boolean centreFallback) {
  public CropSettings {
    if (!(margin >= 0 && margin <= 1)) {
      throw new IllegalArgumentException("margin must be between 0 and 1, was " + margin);
    }
    if (size < 16 || size > 1024) {
      throw new IllegalArgumentException("size must be between 16 and 1024 pixels, was " + size);
    }
  }

  /** A 20% margin, 128-pixel crops, no crop when no face is found. */
  public static CropSettings defaults() {
    return new CropSettings(0.2, 128, false);
  }

  public CropSettings withCentreFallback(boolean centreFallback) {
    return new CropSettings(margin, size, centreFallback);
  }

  /** The settings as a stable text, part of the {@link CropCache} key. */
  String key() {
    return "margin=" + margin + ";size=" + size + ";centreFallback=" + centreFallback;
  }
}
