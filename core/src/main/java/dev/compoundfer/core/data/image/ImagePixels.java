package dev.compoundfer.core.data.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Converts a decoded image to the network's input layout: a float array of shape {@code [channels, size, size]}
 * (CHW, row-major) with values in [0, 1], resized bilinearly.
 */
public final class ImagePixels {

  private final int[] values;
  private final int width;
  private final int height;
  private final float greyMax;

  private ImagePixels(BufferedImage image) {
    width = image.getWidth();
    height = image.getHeight();
    Raster raster = image.getRaster();
    boolean grey = raster.getNumBands() == 1 && image.getColorModel().getNumComponents() == 1;
    // getRGB on a grey image converts linear grey to sRGB and brightens it; the stored samples are what was encoded.
    greyMax = grey ? (1 << image.getColorModel().getComponentSize(0)) - 1 : 0f;
    values = grey ? raster.getSamples(0, 0, width, height, 0, (int[]) null) : image.getRGB(0, 0, width, height, null, 0, width);
  }

  /**
   * The image as CHW floats in [0, 1], resized to {@code size x size} with bilinear interpolation.
   *
   * @param channels 3 for R, G, B planes; 1 for luminance (ITU-R BT.601: 0.299 R + 0.587 G + 0.114 B)
   * @return {@code channels * size * size} floats; alpha, if any, is ignored
   */
  public static float[] toChw(BufferedImage image, int size, int channels) {
    if (size <= 0) {
      throw new IllegalArgumentException("The target size must be positive, not " + size);
    }
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException("Channels must be 1 (luminance) or 3 (RGB), not " + channels);
    }
    ImagePixels pixels = new ImagePixels(image);
    int plane = size * size;
    float[] chw = new float[channels * plane];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        float r = pixels.sample(0, x, y, size);
        float g = pixels.sample(1, x, y, size);
        float b = pixels.sample(2, x, y, size);
        int at = y * size + x;
        if (channels == 1) {
          chw[at] = 0.299f * r + 0.587f * g + 0.114f * b;
        } else {
          chw[at] = r;
          chw[plane + at] = g;
          chw[2 * plane + at] = b;
        }
      }
    }
    return chw;
  }

  /**
   * Bilinear sample of one channel at output pixel (x, y), pixel centres aligned (OpenCV's INTER_LINEAR convention)
   * and edges clamped.
   */
  private float sample(int channel, int x, int y, int size) {
    float sx = clamp((x + 0.5f) * width / size - 0.5f, width - 1);
    float sy = clamp((y + 0.5f) * height / size - 0.5f, height - 1);
    int x0 = (int) sx;
    int y0 = (int) sy;
    int x1 = Math.min(x0 + 1, width - 1);
    int y1 = Math.min(y0 + 1, height - 1);
    float fx = sx - x0;
    float fy = sy - y0;
    float top = value(channel, x0, y0) * (1 - fx) + value(channel, x1, y0) * fx;
    float bottom = value(channel, x0, y1) * (1 - fx) + value(channel, x1, y1) * fx;
    return top * (1 - fy) + bottom * fy;
  }

  /** Channel 0, 1 or 2 (R, G, B) of a source pixel in [0, 1]; a grey image has three equal channels. */
  private float value(int channel, int x, int y) {
    int v = values[y * width + x];
    if (greyMax > 0) {
      return v / greyMax;
    }
    return ((v >> (16 - 8 * channel)) & 0xFF) / 255f;
  }

  private static float clamp(float value, int max) {
    return Math.max(0f, Math.min(value, max));
  }
}
