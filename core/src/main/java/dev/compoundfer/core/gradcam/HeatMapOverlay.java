package dev.compoundfer.core.gradcam;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A heat map drawn over its input image as the reference does (method.md §7): the map through the "hot" colour map
 * (black, red, yellow, white; matplotlib's {@code hot}, which {@code cv2.COLORMAP_HOT} follows), blended half and
 * half with the image.
 */
public final class HeatMapOverlay {

  /** Weight of the heat map in the blend (reference: 0.5). */
  public static final float ALPHA = 0.5f;

  private HeatMapOverlay() {}

  /**
   * PNG bytes of the overlay, {@code size x size} RGB.
   *
   * @param pixels the input image, CHW floats in [0, 1], {@code channels * size * size} (grey images are drawn grey)
   * @param channels 1 or 3
   * @param map a map of the same size as the image
   */
  public static byte[] png(float[] pixels, int channels, HeatMap map) {
    BufferedImage image = image(pixels, channels, map);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The overlay as an image; see {@link #png}. */
  public static BufferedImage image(float[] pixels, int channels, HeatMap map) {
    int h = map.height();
    int w = map.width();
    if (channels != 1 && channels != 3 || pixels.length != channels * h * w) {
      throw new IllegalArgumentException(
          "Expected " + channels + "x" + h + "x" + w + " pixels for the map, got " + pixels.length + " floats");
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float[] heat = hot(map.at(y, x));
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
          float input = pixels[(channels == 1 ? 0 : c) * h * w + y * w + x];
          float blended = ALPHA * heat[c] + (1 - ALPHA) * Math.min(1f, Math.max(0f, input));
          rgb = (rgb << 8) | Math.round(blended * 255);
        }
        out.setRGB(x, y, rgb);
      }
    }
    return out;
  }

  /** matplotlib {@code hot}: red rises on [0, 0.365], green on [0.365, 0.746], blue on [0.746, 1]. */
  static float[] hot(float value) {
    float red = 0.0416f + (1 - 0.0416f) * ramp(value, 0f, 0.365079f);
    float green = ramp(value, 0.365079f, 0.746032f);
    float blue = ramp(value, 0.746032f, 1f);
    return new float[] {red, green, blue};
  }

  private static float ramp(float value, float from, float to) {
    return Math.min(1f, Math.max(0f, (value - from) / (to - from)));
  }
}
