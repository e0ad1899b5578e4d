package dev.compoundfer.core.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.face.FaceCropRule.Mode;
import dev.compoundfer.core.face.FaceCropRule.Outcome;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaceCropRuleTest {
  private static final CropSettings CROP = new CropSettings(0.2, 32, false);
  private final AtomicInteger detections = new AtomicInteger();

  /** A detector that always "finds" the given box, counting its calls. */
  private FaceDetector finding(FaceBox box) {
    return image -> {
      detections.incrementAndGet();
      return Optional.ofNullable(box);
    };
  }

  @Test
  void cropsAPhotoWhoseFaceIsClearlySmallerThanTheFrame() {
    BufferedImage photo = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);

    Outcome outcome = FaceCropRule.defaults().apply(photo, finding(new FaceBox(150, 100, 100, 120)), CROP);

    assertTrue(outcome.cropped());
    assertEquals(32, outcome.image().getWidth(), "the crop has the configured size");
  }

  @Test
  void leavesAnImageAloneWhenItsFaceFillsTheFrame() {
    BufferedImage crop = new BufferedImage(128, 128, BufferedImage.TYPE_INT_RGB);

    Outcome outcome = FaceCropRule.defaults().apply(crop, finding(new FaceBox(10, 5, 110, 118)), CROP);

    assertFalse(outcome.cropped(), "118 of 128 pixels is more than 60%");
    assertSame(crop, outcome.image());
  }

  @Test
  void treatsSmallImagesAsCropsWithoutRunningTheDetector() {
    BufferedImage small = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);

    Outcome outcome = FaceCropRule.defaults().apply(small, finding(new FaceBox(20, 20, 10, 10)), CROP);

    assertFalse(outcome.cropped());
    assertEquals(0, detections.get(), "below 96 pixels the detector does not run");
  }

  @Test
  void neverModeSkipsTheDetectorAndAlwaysModeCropsAnyFace() {
    BufferedImage crop = new BufferedImage(128, 128, BufferedImage.TYPE_INT_RGB);
    FaceDetector detector = finding(new FaceBox(10, 5, 110, 118));

    assertFalse(new FaceCropRule(Mode.NEVER, 96, 0.6).apply(crop, detector, CROP).cropped());
    assertEquals(0, detections.get());
    assertTrue(new FaceCropRule(Mode.ALWAYS, 96, 0.6).apply(crop, detector, CROP).cropped());
  }

  @Test
  void keepsTheImageWhenNoFaceIsFound() {
    BufferedImage photo = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);

    Outcome outcome = FaceCropRule.defaults().apply(photo, finding(null), CROP);

    assertFalse(outcome.cropped());
    assertSame(photo, outcome.image());
  }

  @Test
  void parsesModesAndRefusesUnknownOnes() {
    assertEquals(Mode.AUTO, Mode.parse(" Auto "));
    assertThrows(IllegalArgumentException.class, () -> Mode.parse("sometimes"));
  }
}
