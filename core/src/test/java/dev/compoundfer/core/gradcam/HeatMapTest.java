package dev.compoundfer.core.gradcam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HeatMapTest {

  @Test
  void resizingATwoByTwoMapToFourByFourMatchesOpenCvBilinear() {
    float[][] raw = {{0, 1}, {2, 3}};

    float[][] resized = HeatMap.resized(raw, 4, 4);

    // cv2.resize(INTER_LINEAR): source x = (x + 0.5) / 2 - 0.5 = -0.25, 0.25, 0.75, 1.25, clamped to the edges.
    assertArrayEquals(new float[] {0f, 0.25f, 0.75f, 1f}, resized[0], 1e-6f);
    assertArrayEquals(new float[] {0.5f, 0.75f, 1.25f, 1.5f}, resized[1], 1e-6f);
    assertArrayEquals(new float[] {1.5f, 1.75f, 2.25f, 2.5f}, resized[2], 1e-6f);
    assertArrayEquals(new float[] {2f, 2.25f, 2.75f, 3f}, resized[3], 1e-6f);
  }

  @Test
  void fromRawSendsTheMinimumToZeroAndTheMaximumToOne() {
    float[][] raw = {{-2, 0}, {2, 6}};

    HeatMap map = HeatMap.fromRaw(raw, 2, 2);

    assertArrayEquals(new float[] {0f, 0.25f}, map.values()[0], 1e-6f);
    assertArrayEquals(new float[] {0.5f, 1f}, map.values()[1], 1e-6f);
  }

  @Test
  void aConstantRawMapBecomesAllZeros() {
    HeatMap map = HeatMap.fromRaw(new float[][] {{3, 3}, {3, 3}}, 3, 3);

    assertEquals(new HeatMap(new float[3][3]), map);
  }

  @Test
  void refusesValuesOutsideZeroToOneAndRaggedRows() {
    assertThrows(IllegalArgumentException.class, () -> new HeatMap(new float[][] {{1.5f}}));
    assertThrows(IllegalArgumentException.class, () -> new HeatMap(new float[][] {{0f, 1f}, {0f}}));
  }
}
