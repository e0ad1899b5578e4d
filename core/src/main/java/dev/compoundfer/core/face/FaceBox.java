package dev.compoundfer.core.face;

import java.awt.Rectangle;
import java.util.Optional;

/**
 * Where a face lies in an image, in pixels: the bounds of the head from crown to chin and cheek to cheek (ears and
 * hair excluded). May reach past the image edges when the head is cut off.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, at least 1
 * @param height height, at least 1
 */
public record FaceBox(int x, int y, int width, int height) {
  public FaceBox {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("width and height must be at least 1, were " + width + ", " + height);
    }
  }

  /** The box of a rectangle. */
  public static FaceBox of(Rectangle rectangle) {
    return new FaceBox(rectangle.x, rectangle.y, rectangle.width, rectangle.height);
  }

  public double centreX() {
    return x + width / 2.0;
  }

  public double centreY() {
    return y + height / 2.0;
  }

  public long area() {
    return (long) width * height;
  }

  /** Intersection over union: 1 for the same box, 0 for boxes that do not overlap. */
  public double iou(FaceBox other) {
    long overlapWidth = Math.max(0, Math.min(x + width, other.x + other.width) - Math.max(x, other.x));
    long overlapHeight = Math.max(0, Math.min(y + height, other.y + other.height) - Math.max(y, other.y));
    long intersection = overlapWidth * overlapHeight;
    return (double) intersection / (area() + other.area() - intersection);
  }

  /** The part inside a {@code width x height} image, or empty if the box lies wholly outside it. */
  public Optional<FaceBox> clippedTo(int imageWidth, int imageHeight) {
    int left = Math.max(0, x);
    int top = Math.max(0, y);
    int right = Math.min(imageWidth, x + width);
    int bottom = Math.min(imageHeight, y + height);
    if (right <= left || bottom <= top) {
      return Optional.empty();
    }
    return Optional.of(new FaceBox(left, top, right - left, bottom - top));
  }
}
