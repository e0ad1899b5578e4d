package dev.compoundfer.core.face;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkinFaceDetectorTest {
  @Test
  void theSkinRuleAcceptsLightAndDarkSkinAndRejectsGreyAndBlue() {
    assertTrue(SkinMap.isSkin(250, 218, 196));
    assertTrue(SkinMap.isSkin(105, 70, 50));
    assertFalse(SkinMap.isSkin(128, 128, 128));
    assertFalse(SkinMap.isSkin(60, 90, 200));
  }

  @Test
  void findsTheFaceOfAStudioPortrait() {
    FaceBox tile = new FaceBox(80, 40, 160, 160);

    Optional<FaceBox> box = new SkinFaceDetector().detect(PastedFaces.studioPortrait());

    assertTrue(box.isPresent(), "no face found");
    assertTrue(box.get().iou(tile) > 0.3, "box " + box.get() + " far from the pasted portrait " + tile);
  }

  @Test
  void seesNoFaceInAPlainSkinColouredRectangle() {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.GRAY);
    g.fillRect(0, 0, 320, 240);
    g.setColor(new Color(205, 152, 115));
    g.fillRect(100, 60, 100, 120);
    g.dispose();

    assertTrue(new SkinFaceDetector().detect(image).isEmpty(), "a rectangle without holes is no face");
  }
}
