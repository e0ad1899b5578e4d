package dev.compoundfer.core.data.image;

import java.util.Objects;

/**
 * What an image's header declares, read without decoding its pixels.
 *
 * @param format the container format recognised from the file's first bytes
 * @param width width in pixels, positive
 * @param height height in pixels, positive
 */
public record ImageHeader(ImageFormat format, int width, int height) {
  public ImageHeader {
    Objects.requireNonNull(format, "format");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("An image needs a positive size, not " + width + "x" + height);
    }
  }

  /** Width times height, as a long so that 50,000 x 50,000 does not overflow. */
  public long pixels() {
    return (long) width * height;
  }
}
