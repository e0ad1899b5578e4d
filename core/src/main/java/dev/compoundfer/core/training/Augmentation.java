package dev.compoundfer.core.training;

import java.util.Random;

/**
 * Training-time augmentation on CHW float images: random horizontal flip and a small random shift (edge pixels
 * repeated, like Keras' nearby fill). Rotation and zoom of the reference (±3.6°, 5 %) are left out: at 32..64 px they
 * are below one pixel.
 */
public final class Augmentation {

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
    float[] out = new float[pixels.length];
    for (int c = 0; c < channels; c++) {
      int plane = c * size * size;
      for (int y = 0; y < size; y++) {
        int sy = clamp(y - dy);
        for (int x = 0; x < size; x++) {
          int sx = clamp(x - dx);
          int srcX = flip ? size - 1 - sx : sx;
          out[plane + y * size + x] = pixels[plane + sy * size + srcX];
        }
      }
    }
    return out;
  }

  private int clamp(int v) {
    return Math.min(size - 1, Math.max(0, v));
  }
}
