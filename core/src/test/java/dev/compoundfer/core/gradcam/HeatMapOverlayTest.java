package dev.compoundfer.core.gradcam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HeatMapOverlayTest {

  @Test
  void blendsTheHotColourOfTheMapHalfAndHalfWithTheGreyImage() throws IOException {
    // Given a 1x2 grey image, black then white, and a map that is cold on the first pixel and hottest on the second
    float[] pixels = {0f, 1f};
    HeatMap map = new HeatMap(new float[][] {{0f, 1f}});

    BufferedImage png = ImageIO.read(new ByteArrayInputStream(HeatMapOverlay.png(pixels, 1, map)));

    assertEquals(2, png.getWidth());
    assertEquals(1, png.getHeight());
    // hot(0) = (0.0416, 0, 0) over black: 0.5 * 0.0416 * 255 = 5.3
    assertEquals(0x050000, png.getRGB(0, 0) & 0xFFFFFF);
    // hot(1) = white over white
    assertEquals(0xFFFFFF, png.getRGB(1, 0) & 0xFFFFFF);
  }

  @Test
  void theHotColourMapGoesThroughRedAndYellow() {
    float[] red = HeatMapOverlay.hot(0.365079f);
    float[] yellow = HeatMapOverlay.hot(0.746032f);

    assertEquals(1f, red[0], 1e-5f);
    assertEquals(0f, red[1], 1e-5f);
    assertEquals(1f, yellow[1], 1e-5f);
    assertEquals(0f, yellow[2], 1e-5f);
  }
}
