package dev.compoundfer.core.data.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImagePixelsTest {

  @Test
  void laysOutRgbAsThreePlanesScaledToTheUnitInterval() {
    // Given a 2x1 image: a pure red pixel and a pure blue one
    BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xFF0000);
    image.setRGB(1, 0, 0x0000FF);

    // When it is converted at 2 pixels (no real resize; height 1 is stretched to 2 rows)
    float[] chw = ImagePixels.toChw(image, 2, 3);

    // Then the R plane comes first, then G, then B, each row-major
    assertArrayEquals(new float[] {1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1}, chw, 1e-6f);
  }

  @Test
  void interpolatesBilinearlyWhenUpscaling() {
    // Given a 2x1 grey ramp from black to white
    BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setSample(0, 0, 0, 0);
    image.getRaster().setSample(1, 0, 0, 255);

    // When it is resized to 4x4 as luminance
    float[] chw = ImagePixels.toChw(image, 4, 1);

    // Then each row is 0, 0.25, 0.75, 1 (centres of output pixels at source x = -0.25, 0.25, 0.75, 1.25, clamped)
    assertArrayEquals(new float[] {0f, 0.25f, 0.75f, 1f}, Arrays.copyOfRange(chw, 12, 16), 1e-6f);
  }

  @Test
  void weighsLuminanceWithTheBt601Coefficients() {
    // Given one pure green pixel
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x00FF00);

    // When it is converted to one channel
    float[] chw = ImagePixels.toChw(image, 1, 1);

    // Then its luminance is 0.587
    assertEquals(0.587f, chw[0], 1e-6f, "luminance of pure green");
  }

  @Test
  void readsGreyImagesFromTheirSamplesWithoutGammaShift() {
    // Given a grey pixel stored as 128
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setSample(0, 0, 0, 128);

    // When it is converted to RGB
    float[] chw = ImagePixels.toChw(image, 1, 3);

    // Then every channel is 128/255, not the brighter value getRGB would give
    assertArrayEquals(new float[] {128 / 255f, 128 / 255f, 128 / 255f}, chw, 1e-6f);
  }
}
