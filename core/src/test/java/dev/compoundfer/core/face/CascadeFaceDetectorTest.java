package dev.compoundfer.core.face;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CascadeFaceDetectorTest {
  @Test
  void findsTheFaceOfAStudioPortrait() {
    FaceBox truth = new FaceBox(80, 40, 160, 160);

    Optional<FaceBox> box = CascadeFaceDetector.withDefaults().detect(PastedFaces.studioPortrait());

    assertTrue(box.isPresent(), "no face found");
    assertTrue(box.get().iou(truth) > 0.3, "box " + box.get() + " far from the pasted portrait " + truth);
  }

  @Test
  void namesTheDebianPackageWhenTheCascadeIsMissing() {
    CascadeSettings settings = CascadeSettings.defaults().withCascade(Path.of("/nonexistent/cascade.xml"));

    IllegalStateException error = assertThrows(IllegalStateException.class, () -> new CascadeFaceDetector(settings));

    assertTrue(error.getMessage().contains("opencv-data"), error.getMessage());
  }
}
