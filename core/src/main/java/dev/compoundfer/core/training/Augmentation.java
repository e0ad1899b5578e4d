package dev.compoundfer.core.training;

import java.util.Random;

/**
 * Training-time augmentation on CHW float images, the reference's Keras layers (method.md §1.4): random horizontal
 * flip, rotation of up to ±3.6° ({@code RandomRotation(0.01)}), zoom of up to ±5 % ({@code RandomZoom(0.05)}) and a
 * shift of up to 5 % of the size ({@code RandomTranslation(0.05)}), with Keras' default {@code reflect} fill.
 *
 * <p>One inverse affine map per image, sampled bilinearly: hand-written because DJL's image transforms work on
 * HWC {@code NDArray}s one image at a time (a native call per image) and have no rotation. The shift is whole
 * pixels, so that an image drawn without rotation or zoom is copied exactly instead of being blurred: at 32 px a
 * half-pixel shift would smear the one- or two-pixel features (brows, lip corners) the classes differ in.
 */
public final class Augmentation {

  /** Largest rotation, radians: Keras {@code RandomRotation(0.01)} is a fraction of a full turn. */
  static final double MAX_ROTATION = 0.01 * 2 * Math.PI;

  /** Largest relative zoom in or out. */
  static final double MAX_ZOOM = 0.05;

  private final int channels;
  private final int size;
  private final int maxShift;
  private final Random random;

  /** Shift of up to 5 % of the size (reference RandomTranslation 0.05), at least one pixel. */
  public Augmentation(int channels, int size, long seed) {
    this.channels = channels;
    this.size = size;
    this.maxShift = Math.max(1, Math.round(size * 0.05f));
    this.random = new Random(seed);
  }

  /** A new augmented copy of {@code pixels}; the input is not changed. */
  public float[] apply(float[] pixels) {
    boolean flip = random.nextBoolean();
    int dx = random.nextInt(2 * maxShift + 1) - maxShift;
    int dy = random.nextInt(2 * maxShift + 1) - maxShift;
    double angle = (2 * random.nextDouble() - 1) * MAX_ROTATION;
    double zoom = 1 + (2 * random.nextDouble() - 1) * MAX_ZOOM;
    return transform(pixels, flip, dx, dy, angle, zoom);
  }

  /**
   * Flips (optionally), then rotates by {@code angle} and zooms by {@code zoom} about the centre, then shifts by
   * ({@code dx}, {@code dy}) whole pixels. Output pixels whose source lies outside the image take the reflected
   * source pixel.
   */
  float[] transform(float[] pixels, boolean flip, int dx, int dy, double angle, double zoom) {
    float[] out = new float[pixels.length];
    double centre = (size - 1) / 2.0;
    double cos = Math.cos(angle) / zoom;
    double sin = Math.sin(angle) / zoom;
    boolean exact = angle == 0 && zoom == 1;
    for (int y = 0; y < size; y++) {
      double v = y - dy - centre;
      for (int x = 0; x < size; x++) {
        double u = x - dx - centre;
        // Inverse map: where in the (flipped) source this output pixel comes from.
        double sx = centre + cos * u + sin * v;
        double sy = centre - sin * u + cos * v;
        if (flip) {
          sx = size - 1 - sx;
        }
        for (int c = 0; c < channels; c++) {
          int plane = c * size * size;
          out[plane + y * size + x] = exact
              ? pixels[plane + reflect((int) Math.round(sy)) * size + reflect((int) Math.round(sx))]
              : bilinear(pixels, plane, sx, sy);
        }
      }
    }
    return out;
  }

  private float bilinear(float[] pixels, int plane, double sx, double sy) {
    int x0 = (int) Math.floor(sx);
    int y0 = (int) Math.floor(sy);
    double fx = sx - x0;
    double fy = sy - y0;
    double top = (1 - fx) * at(pixels, plane, x0, y0) + fx * at(pixels, plane, x0 + 1, y0);
    double bottom = (1 - fx) * at(pixels, plane, x0, y0 + 1) + fx * at(pixels, plane, x0 + 1, y0 + 1);
    return (float) ((1 - fy) * top + fy * bottom);
  }

  private float at(float[] pixels, int plane, int x, int y) {
    return pixels[plane + reflect(y) * size + reflect(x)];
  }

  /** Keras' {@code reflect} fill (d c b a | a b c d | d c b a), for offsets of up to one image size. */
  private int reflect(int i) {
    if (i < 0) {
      i = -i - 1;
    }
    if (i >= size) {
      i = 2 * size - 1 - i;
    }
    return Math.min(size - 1, Math.max(0, i));
  }
}
