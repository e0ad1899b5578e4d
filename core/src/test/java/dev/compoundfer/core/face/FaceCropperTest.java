package dev.compoundfer.core.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FaceCropperTest {
  static final FaceDetector CASCADE = CascadeFaceDetector.withDefaults();

  private static final BufferedImage BLANK = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);

  @Test
  void growsTheFaceToASquareByTheMarginOnEachSide() {
    FaceCropper cropper = new FaceCropper(CASCADE, new CropSettings(0.25, 64, false));

    Rectangle region = cropper.squareAround(new FaceBox(100, 50, 60, 80), BLANK);

    // longer side 80, grown by 2 x 25% to 120, centred on (130, 90)
    assertEquals(new Rectangle(70, 30, 120, 120), region);
  }

  @Test
  void shiftsTheSquareInsideTheImageAtAnEdge() {
    FaceCropper cropper = new FaceCropper(CASCADE, new CropSettings(0.25, 64, false));

    Rectangle region = cropper.squareAround(new FaceBox(-10, 200, 60, 80), BLANK);

    assertEquals(new Rectangle(0, 120, 120, 120), region);
  }

  @Test
  void shrinksTheSquareToTheShorterImageSide() {
    FaceCropper cropper = new FaceCropper(CASCADE, new CropSettings(0.5, 64, false));

    Rectangle region = cropper.squareAround(new FaceBox(100, 20, 150, 200), BLANK);

    assertEquals(new Rectangle(55, 0, 240, 240), region);
  }

  @Test
  void cropsASyntheticPortraitToTheConfiguredSize() {
    FaceCropper cropper = new FaceCropper(CASCADE, new CropSettings(0.1, 96, false));
    CropResult result = cropper.crop(PastedFaces.studioPortrait());

    assertEquals(CropResult.Outcome.FACE, result.outcome());
    assertEquals(96, result.crop().orElseThrow().getWidth());
    assertEquals(96, result.crop().orElseThrow().getHeight());
  }

  @Test
  void saysNoFaceAndGivesNoCropWhenNoFallbackIsConfigured() {
    FaceCropper cropper = new FaceCropper(CASCADE, new CropSettings(0.2, 64, false));

    CropResult result = cropper.crop(BLANK);

    assertEquals(CropResult.Outcome.NO_FACE, result.outcome());
    assertTrue(result.crop().isEmpty());
  }

  @Test
  void fallsBackToTheCentreSquareWhenConfigured() {
    FaceCropper cropper = new FaceCropper(CASCADE, new CropSettings(0.2, 64, true));

    CropResult result = cropper.crop(BLANK);

    assertEquals(CropResult.Outcome.NO_FACE_CENTRE_CROP, result.outcome());
    assertEquals(64, result.crop().orElseThrow().getWidth());
    assertTrue(result.face().isEmpty());
  }
}
