package dev.compoundfer.core.training;

import dev.compoundfer.core.data.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test images that a small CNN separates in a few epochs: one texture per class (stripes, checks, dots, a blob), all
 * unchanged by a horizontal flip and a one-pixel shift, with random phase, contrast and noise.
 */
public final class SyntheticPatterns {

  public static final int SIZE = 24;
  public static final int CHANNELS = 1;

  private SyntheticPatterns() {}

  /** {@code perClass} images of each class, subjects "s0".."s(perClass-1)". */
  public static List<Example> examples(List<Expression> classes, int perClass, long seed, String set) {
    Random random = new Random(seed);
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < perClass; i++) {
      for (Expression expression : classes) {
        int texture = textureOf(expression);
        out.add(
            new Example(
                set + "/" + expression.name() + "/" + i,
                expression,
                "s" + i,
                image(texture, random)));
      }
    }
    return out;
  }

  /** Texture index of a class: the first eight non-neutral classes get distinct textures. */
  static int textureOf(Expression expression) {
    int index = Expression.nonNeutral().indexOf(expression);
    if (index < 0 || index >= 8) {
      throw new IllegalArgumentException("No synthetic texture for " + expression);
    }
    return index;
  }

  private static float[] image(int texture, Random random) {
    float[] pixels = new float[CHANNELS * SIZE * SIZE];
    int px = random.nextInt(4);
    int py = random.nextInt(4);
    float contrast = 0.6f + 0.4f * random.nextFloat();
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        boolean on = on(texture, x + px, y + py);
        pixels[y * SIZE + x] = (on ? contrast : 0f) * 0.8f + 0.2f * random.nextFloat();
      }
    }
    return pixels;
  }

  private static boolean on(int texture, int x, int y) {
    return switch (texture) {
      case 0 -> y % 2 == 0;
      case 1 -> x % 2 == 0;
      case 2 -> y % 6 < 3;
      case 3 -> x % 6 < 3;
      case 4 -> (x + y) % 2 == 0;
      case 5 -> (x / 3 + y / 3) % 2 == 0;
      case 6 -> Math.abs(x - SIZE / 2 - 1) < 5 && Math.abs(y - SIZE / 2 - 1) < 5;
      default -> x % 5 == 0 && y % 5 == 0;
    };
  }

  /**
   * A configuration for fast tests on these images; increments make one pass per epoch (step floor 1), tests of the
   * floor set it themselves.
   */
  public static TrainingConfig config() {
    return new TrainingConfig(
        "small", SIZE, CHANNELS, 16, 8, 8, 0.0, 3e-3, 8, 1e-3, 0.1, 3.0, "grow", 0.3, 7L, "cpu", 1);
  }
}
