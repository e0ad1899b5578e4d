package dev.compoundfer.core.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FaceRendererTest {
  private static final int SIZE = 128;
  // A subject in the middle of every trait range, without glasses, so regions below hold for it.
  private static final Identity AVERAGE =
      new Identity(0.5, 0.5, 0.5, 0.3, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.2, 0.2, false);
  // The regions below are for the whole-head portrait.
  private static final FaceRenderer RENDERER = new FaceRenderer(SIZE, false, Framing.HEAD);

  /** Image regions as fractions of the image: x from, x to, y from, y to. */
  private static final double[] BROWS = {0.2, 0.8, 0.15, 0.42};
  private static final double[] EYES = {0.2, 0.8, 0.38, 0.56};
  private static final double[] NOSE = {0.35, 0.65, 0.40, 0.66};
  private static final double[] MOUTH = {0.25, 0.75, 0.60, 0.92};
  private static final double[] UPPER_FACE = {0.1, 0.9, 0.10, 0.40};
  private static final double[] LOWER_FACE = {0.1, 0.9, 0.78, 0.98};

  static Stream<Arguments> regions() {
    return Stream.of(
        Arguments.of(ActionUnit.AU1, BROWS, LOWER_FACE), Arguments.of(ActionUnit.AU2, BROWS, LOWER_FACE),
        Arguments.of(ActionUnit.AU4, BROWS, LOWER_FACE), Arguments.of(ActionUnit.AU5, EYES, LOWER_FACE),
        Arguments.of(ActionUnit.AU6, EYES, LOWER_FACE), Arguments.of(ActionUnit.AU7, EYES, LOWER_FACE),
        Arguments.of(ActionUnit.AU9, NOSE, LOWER_FACE), Arguments.of(ActionUnit.AU10, MOUTH, UPPER_FACE),
        Arguments.of(ActionUnit.AU11, MOUTH, UPPER_FACE), Arguments.of(ActionUnit.AU12, MOUTH, UPPER_FACE),
        Arguments.of(ActionUnit.AU15, MOUTH, UPPER_FACE), Arguments.of(ActionUnit.AU17, MOUTH, UPPER_FACE),
        Arguments.of(ActionUnit.AU20, MOUTH, UPPER_FACE), Arguments.of(ActionUnit.AU23, MOUTH, UPPER_FACE),
        Arguments.of(ActionUnit.AU24, MOUTH, UPPER_FACE), Arguments.of(ActionUnit.AU25, MOUTH, UPPER_FACE),
        Arguments.of(ActionUnit.AU26, MOUTH, UPPER_FACE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regions")
  void anActionUnitChangesItsOwnRegionAndLeavesDistantRegionsAlone(
      ActionUnit au, double[] ownRegion, double[] distantRegion) {
    BufferedImage neutral = RENDERER.render(AVERAGE, Map.of());

    BufferedImage moved = RENDERER.render(AVERAGE, Map.of(au, 4.0));

    double own = meanDifference(neutral, moved, ownRegion);
    double distant = meanDifference(neutral, moved, distantRegion);
    assertTrue(own > 1.0, au + " changed its region by only " + own + " grey levels on average");
    assertEquals(0.0, distant, 0.05, au + " mean change far from its region");
  }

  @Test
  void strongerIntensitiesChangeTheFaceMore() {
    BufferedImage neutral = RENDERER.render(AVERAGE, Map.of());

    double weak = meanDifference(neutral, RENDERER.render(AVERAGE, Map.of(ActionUnit.AU12, 1.0)), MOUTH);
    double strong = meanDifference(neutral, RENDERER.render(AVERAGE, Map.of(ActionUnit.AU12, 5.0)), MOUTH);

    assertTrue(strong > weak, "AU12 at 5 changed the mouth by " + strong + ", at 1 by " + weak);
  }

  @Test
  void theFaceFramingGivesTheExpressionMorePixelsThanTheHeadFraming() {
    FaceRenderer faceCrop = new FaceRenderer(SIZE, false, Framing.FACE);
    Map<ActionUnit, Double> smile = Map.of(ActionUnit.AU12, 4.0);

    long onHead = changedPixels(RENDERER.render(AVERAGE, Map.of()), RENDERER.render(AVERAGE, smile));
    long onFace = changedPixels(faceCrop.render(AVERAGE, Map.of()), faceCrop.render(AVERAGE, smile));

    // Zoom 1.6 against 1.02: about 2.5 times the area.
    assertTrue(onFace > 2 * onHead, "the smile changed " + onFace + " pixels of the face crop, " + onHead
        + " of the head portrait");
  }

  @Test
  void theFaceFramingShowsTheRaisedBrowsAndTheChin() {
    FaceRenderer faceCrop = new FaceRenderer(SIZE, false, Framing.FACE);
    Rectangle2D head = faceCrop.faceBounds(AVERAGE, Map.of(), Capture.STUDIO);
    double[] raisedBrows = {0.2, 0.8, 0.08, 0.35};

    double browChange = meanDifference(faceCrop.render(AVERAGE, Map.of()),
        faceCrop.render(AVERAGE, Map.of(ActionUnit.AU1, 5.0, ActionUnit.AU2, 5.0)), raisedBrows);

    assertTrue(head.getMaxY() < SIZE, "the chin at " + head.getMaxY() + " is below the image");
    assertTrue(browChange > 1.0, "raising the brows changed the upper face crop by only " + browChange);
  }

  @Test
  void rejectsIntensitiesAboveFive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RENDERER.render(AVERAGE, Map.of(ActionUnit.AU12, 5.5)));

    assertEquals("AU12 intensity must be in [0, 5], was 5.5", e.getMessage());
  }

  @Test
  void rejectsOutputsSmallerThanSixteenPixels() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new FaceRenderer(8, false, Framing.FACE));

    assertEquals("size must be at least 16 pixels, was 8", e.getMessage());
  }

  private static long changedPixels(BufferedImage a, BufferedImage b) {
    long changed = 0;
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        changed += a.getRaster().getSample(x, y, 0) != b.getRaster().getSample(x, y, 0) ? 1 : 0;
      }
    }
    return changed;
  }

  private static double meanDifference(BufferedImage a, BufferedImage b, double[] region) {
    int x0 = (int) (region[0] * SIZE);
    int x1 = (int) (region[1] * SIZE);
    int y0 = (int) (region[2] * SIZE);
    int y1 = (int) (region[3] * SIZE);
    double sum = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        sum += Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0));
      }
    }
    return sum / ((x1 - x0) * (y1 - y0));
  }
}
