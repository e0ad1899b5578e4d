package dev.compoundfer.core.face;

import java.awt.image.BufferedImage;

/**
 * Which pixels of an image have a skin colour, by Chai and Ngan's fixed YCbCr rule (1999: Cr 133..173, Cb
 * 77..127), with an integral image so that the skin share of any rectangle costs four look-ups.
 *
 * <p>The rule was made for real photos of many skin tones and covers the five skin tones of the synthetic faces
 * under their light; it also accepts wood, sand and other warm surfaces, so a skin share alone proves no face.
 */
final class SkinMap {
  private final int width;
  private final int height;
  private final boolean[] skin;
  private final int[] integral; // (width + 1) x (height + 1), row-major

  private SkinMap(int width, int height, boolean[] skin) {
    this.width = width;
    this.height = height;
    this.skin = skin;
    this.integral = new int[(width + 1) * (height + 1)];
    for (int y = 0; y < height; y++) {
      int row = 0;
      for (int x = 0; x < width; x++) {
        row += skin[y * width + x] ? 1 : 0;
        integral[(y + 1) * (width + 1) + x + 1] = integral[y * (width + 1) + x + 1] + row;
      }
    }
  }

  /** The skin pixels of an image of any type. */
  static SkinMap of(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
    boolean[] skin = new boolean[rgb.length];
    for (int i = 0; i < rgb.length; i++) {
      skin[i] = isSkin((rgb[i] >> 16) & 0xff, (rgb[i] >> 8) & 0xff, rgb[i] & 0xff);
    }
    return new SkinMap(width, height, skin);
  }

  /** Chai and Ngan's rule on ITU-R BT.601 chroma. */
  static boolean isSkin(int r, int g, int b) {
    double y = 0.299 * r + 0.587 * g + 0.114 * b;
    double cr = 128 + 0.713 * (r - y);
    double cb = 128 + 0.564 * (b - y);
    return cr >= 133 && cr <= 173 && cb >= 77 && cb <= 127;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  boolean skin(int x, int y) {
    return x >= 0 && y >= 0 && x < width && y < height && skin[y * width + x];
  }

  /** The share of skin pixels in a rectangle, counting the part outside the image as not skin; 0 for no area. */
  double fraction(int x, int y, int w, int h) {
    if (w <= 0 || h <= 0) {
      return 0;
    }
    int left = Math.max(0, x);
    int top = Math.max(0, y);
    int right = Math.min(width, x + w);
    int bottom = Math.min(height, y + h);
    if (right <= left || bottom <= top) {
      return 0;
    }
    int stride = width + 1;
    int count = integral[bottom * stride + right] - integral[top * stride + right]
        - integral[bottom * stride + left] + integral[top * stride + left];
    return (double) count / ((long) w * h);
  }
}
