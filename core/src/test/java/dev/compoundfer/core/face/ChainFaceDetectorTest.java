package dev.compoundfer.core.face;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainFaceDetectorTest {
  private static final int SCENES = 60;

  @Test
  void findsNineteenOfTwentyPastedSyntheticFacesWithIouOfAtLeast70Percent() {
    FaceDetector detector = ChainFaceDetector.withDefaults();
    PastedFaces scenes = new PastedFaces(2024);

    int good = 0;
    int found = 0;
    StringBuilder misses = new StringBuilder();
    for (int i = 0; i < SCENES; i++) {
      PastedFaces.Scene scene = scenes.next();
      Optional<FaceBox> box = detector.detect(scene.image());
      found += box.isPresent() ? 1 : 0;
      double iou = box.map(b -> b.iou(scene.truth())).orElse(0.0);
      if (iou >= 0.7) {
        good++;
      } else {
        misses.append(String.format("%n  scene %d truth %s detected %s IoU %.2f", i, scene.truth(), box, iou));
      }
    }

    System.out.printf("chain: %d/%d found, %d/%d with IoU >= 0.7%s%n", found, SCENES, good, SCENES, misses);
    assertTrue(good >= Math.ceil(0.95 * SCENES),
        good + " of " + SCENES + " scenes reached IoU 0.7, wanted 95%:" + misses);
  }
}
