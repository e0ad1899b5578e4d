package dev.compoundfer.core.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CaptureTest {
  @Test
  void difficultyZeroGivesFrontalSharpNoiseFreeImages() {
    Capture capture = Capture.sample(new SplittableRandom(7), 0);

    assertEquals(0, capture.yaw());
    assertEquals(0, capture.roll());
    assertEquals(1, capture.scale());
    assertEquals(0, capture.lightStrength());
    assertEquals(0, capture.noise());
    assertFalse(capture.blurred());
  }

  @Test
  void higherDifficultyVariesThePoseMore() {
    double moderate = meanAbsoluteRoll(1.0);
    double hard = meanAbsoluteRoll(2.0);

    assertTrue(moderate > 0, "difficulty 1 rolls the head");
    assertTrue(hard > 1.5 * moderate, "difficulty 2 roll " + hard + " vs difficulty 1 roll " + moderate);
  }

  private static double meanAbsoluteRoll(double difficulty) {
    SplittableRandom random = new SplittableRandom(11);
    double sum = 0;
    for (int i = 0; i < 500; i++) {
      sum += Math.abs(Capture.sample(random, difficulty).roll());
    }
    return sum / 500;
  }
}
