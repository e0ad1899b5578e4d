package dev.compoundfer.core.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrongAugmentationTest {

  private static final int SIZE = 16;

  @Test
  void twoViewsOfAnImageDifferFromItAndFromEachOtherAndStayInRange() {
    float[] image = gradient(3);
    StrongAugmentation augmentation = new StrongAugmentation(3, SIZE, 1L);

    float[] a = augmentation.apply(image);
    float[] b = augmentation.apply(image);

    assertEquals(image.length, a.length);
    assertFalse(Arrays.equals(a, b), "two views differ");
    assertFalse(Arrays.equals(image, a), "a view differs from the image");
    for (float v : a) {
      assertTrue(v >= 0 && v <= 1, "value " + v);
    }
  }

  @Test
  void keepsTheInputUnchangedAndRepeatsForASeed() {
    float[] image = gradient(1);
    float[] copy = image.clone();

    float[] first = new StrongAugmentation(1, SIZE, 9L).apply(image);
    float[] second = new StrongAugmentation(1, SIZE, 9L).apply(image);

    assertArrayEquals(copy, image, "input untouched");
    assertArrayEquals(first, second, "same seed, same view");
  }

  @Test
  void aConstantImageStaysConstantUnderCropFlipAndBlur() {
    float[] grey = new float[SIZE * SIZE];
    Arrays.fill(grey, 0.5f);

    float[] view = new StrongAugmentation(1, SIZE, 4L).apply(grey);

    float first = view[0];
    for (float v : view) {
      assertEquals(first, v, 1e-5, "crop, flip, blur and jitter keep a flat image flat");
    }
  }

  private static float[] gradient(int channels) {
    float[] out = new float[channels * SIZE * SIZE];
    Random random = new Random(2);
    for (int i = 0; i < out.length; i++) {
      out[i] = (i % SIZE) / (float) SIZE * 0.8f + 0.1f * random.nextFloat();
    }
    return out;
  }
}
