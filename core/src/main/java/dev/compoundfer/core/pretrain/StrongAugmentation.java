package dev.compoundfer.core.pretrain;

import java.util.Random;

/**
 * SimCLR's view generator on CHW float images in [0, 1]: a random resized crop (40..100 % of the area, aspect 3:4 to
 * 4:3, bilinear back to full size), a horizontal flip, brightness and contrast jitter (and saturation on colour
 * images) with probability 0.8, and a 3x3 Gaussian blur with probability 0.5. The crop range is narrower than
 * SimCLR's 8..100 %: a 32 px face cropped to 8 % keeps about nine pixels across, too few to be the same face.
 */
public final class StrongAugmentation {

  private static final double MIN_AREA = 0.4;
  private static final double JITTER = 0.4;

  private final int channels;
  private final int size;
  private final Random random;

  public StrongAugmentation(int channels, int size, long seed) {
    this.channels = channels;
    this.size = size;
    this.random = new Random(seed);
  }

  /** A new augmented view of {@code pixels}; the input is not changed. */
  public float[] apply(float[] pixels) {
    float[] out = cropAndFlip(pixels);
    if (random.nextDouble() < 0.8) {
      jitter(out);
    }
    if (random.nextDouble() < 0.5) {
      out = blur(out, 0.1 + 0.9 * random.nextDouble());
    }
    return out;
  }

  private float[] cropAndFlip(float[] pixels) {
    double area = MIN_AREA + (1 - MIN_AREA) * random.nextDouble();
    double aspect = Math.exp(Math.log(0.75) + (Math.log(4.0 / 3) - Math.log(0.75)) * random.nextDouble());
    double w = Math.min(size, size * Math.sqrt(area * aspect));
    double h = Math.min(size, size * Math.sqrt(area / aspect));
    double x0 = (size - w) * random.nextDouble();
    double y0 = (size - h) * random.nextDouble();
    boolean flip = random.nextBoolean();
    float[] out = new float[pixels.length];
    for (int c = 0; c < channels; c++) {
      int plane = c * size * size;
      for (int y = 0; y < size; y++) {
        double sy = y0 + (y + 0.5) * h / size - 0.5;
        for (int x = 0; x < size; x++) {
          int tx = flip ? size - 1 - x : x;
          double sx = x0 + (x + 0.5) * w / size - 0.5;
          out[plane + y * size + tx] = bilinear(pixels, plane, sx, sy);
        }
      }
    }
    return out;
  }

  private float bilinear(float[] pixels, int plane, double x, double y) {
    int xa = clamp((int) Math.floor(x));
    int ya = clamp((int) Math.floor(y));
    int xb = clamp(xa + 1);
    int yb = clamp(ya + 1);
    double fx = Math.min(1, Math.max(0, x - Math.floor(x)));
    double fy = Math.min(1, Math.max(0, y - Math.floor(y)));
    double top = pixels[plane + ya * size + xa] * (1 - fx) + pixels[plane + ya * size + xb] * fx;
    double bottom = pixels[plane + yb * size + xa] * (1 - fx) + pixels[plane + yb * size + xb] * fx;
    return (float) (top * (1 - fy) + bottom * fy);
  }

  /** Brightness (scale), contrast (spread around the mean) and, for colour, saturation (mix with grey). */
  private void jitter(float[] image) {
    double brightness = 1 + JITTER * (2 * random.nextDouble() - 1);
    double contrast = 1 + JITTER * (2 * random.nextDouble() - 1);
    double saturation = 1 + JITTER * (2 * random.nextDouble() - 1);
    double mean = 0;
    for (float v : image) {
      mean += v;
    }
    mean /= image.length;
    int plane = size * size;
    for (int i = 0; i < plane; i++) {
      double grey = 0;
      for (int c = 0; c < channels; c++) {
        grey += image[c * plane + i];
      }
      grey /= channels;
      for (int c = 0; c < channels; c++) {
        double v = image[c * plane + i];
        v = grey + (v - grey) * saturation;
        v = mean + (v * brightness - mean) * contrast;
        image[c * plane + i] = (float) Math.min(1, Math.max(0, v));
      }
    }
  }

  private float[] blur(float[] image, double sigma) {
    double side = Math.exp(-1 / (2 * sigma * sigma));
    double[] kernel = {side / (1 + 2 * side), 1 / (1 + 2 * side), side / (1 + 2 * side)};
    float[] rows = new float[image.length];
    float[] out = new float[image.length];
    for (int c = 0; c < channels; c++) {
      int plane = c * size * size;
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          double sum = 0;
          for (int k = -1; k <= 1; k++) {
            sum += kernel[k + 1] * image[plane + y * size + clamp(x + k)];
          }
          rows[plane + y * size + x] = (float) sum;
        }
      }
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          double sum = 0;
          for (int k = -1; k <= 1; k++) {
            sum += kernel[k + 1] * rows[plane + clamp(y + k) * size + x];
          }
          out[plane + y * size + x] = (float) sum;
        }
      }
    }
    return out;
  }

  private int clamp(int v) {
    return Math.min(size - 1, Math.max(0, v));
  }
}
