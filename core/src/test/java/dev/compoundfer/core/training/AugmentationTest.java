package dev.compoundfer.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AugmentationTest {

  private static final int SIZE = 8;

  /** Pixel (x, y) holds 10 y + x: every pixel tells where it came from. */
  private static float[] coordinates() {
    float[] pixels = new float[SIZE * SIZE];
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        pixels[y * SIZE + x] = 10 * y + x;
      }
    }
    return pixels;
  }

  private static float at(float[] pixels, int x, int y) {
    return pixels[y * SIZE + x];
  }

  @Test
  void withoutRotationOrZoomPixelsAreCopiedShiftedAndMirroredWithReflectedEdges() {
    Augmentation augmentation = new Augmentation(1, SIZE, 1);
    float[] image = coordinates();

    assertArrayEquals(image, augmentation.transform(image, false, 0, 0, 0, 1));
    float[] shifted = augmentation.transform(image, false, 2, 1, 0, 1);
    assertEquals(at(image, 3, 4), at(shifted, 5, 5), "shifted right by 2 and down by 1");
    // Keras 'reflect': column -1 mirrors column 0, column -2 mirrors column 1.
    assertEquals(at(image, 1, 0), at(shifted, 0, 1));
    assertEquals(at(image, 0, 0), at(shifted, 1, 1));
    float[] mirrored = augmentation.transform(image, true, 0, 0, 0, 1);
    assertEquals(at(image, 7, 3), at(mirrored, 0, 3));
  }

  @Test
  void rotatesAndZoomsAboutTheCentre() {
    Augmentation augmentation = new Augmentation(1, SIZE, 1);
    float[] image = coordinates();

    // A quarter turn maps the grid onto itself, so bilinear sampling is exact: output (x, y) = source (y, 7 - x).
    float[] turned = augmentation.transform(image, false, 0, 0, Math.PI / 2, 1);
    assertEquals(at(image, 2, 7), at(turned, 0, 2), 1e-4);
    assertEquals(at(image, 5, 6), at(turned, 1, 5), 1e-4);
    // Zoom 2 about the centre 3.5: output x = 0 samples source 3.5 - 3.5 / 2 = 1.75 (between columns 1 and 2).
    float[] zoomed = augmentation.transform(image, false, 0, 0, 0, 2);
    assertEquals(10 * 1.75 + 1.75, at(zoomed, 0, 0), 1e-4);
    assertEquals(10 * 3.25 + 3.25, at(zoomed, 3, 3), 1e-4);
  }

  @Test
  void randomDrawsStayWithinTheReferenceRanges() {
    float[] image = coordinates();
    Augmentation augmentation = new Augmentation(1, SIZE, 7);
    Augmentation again = new Augmentation(1, SIZE, 7);
    boolean changed = false;
    for (int i = 0; i < 50; i++) {
      float[] out = augmentation.apply(image);
      assertArrayEquals(out, again.apply(image), "the same seed draws the same augmentation");
      changed |= !java.util.Arrays.equals(out, image);
      // A shift of at most one pixel (5 % of 8, at least 1), flip, and at the centre a rotation of 3.6 degrees and
      // 5 % zoom move it by well under a pixel: the centre pixel comes from within one row and column of (3..4, 3).
      float centre = at(out, 3, 3);
      assertTrue(Math.abs(centre - 33.5) <= 11.5 + 1, "centre pixel value " + centre);
    }
    assertTrue(changed);
    assertNotEquals(0, Augmentation.MAX_ROTATION);
    assertEquals(0.01 * 2 * Math.PI, Augmentation.MAX_ROTATION, 1e-12);
  }
}
