package dev.compoundfer.core.data.synthetic;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Kernel;
import java.util.SplittableRandom;

/** The camera side of rendering: scaling to the output size, blur, directional light and pixel noise. */
final class ImageFinish {
  private static final Kernel BLUR = new Kernel(3, 3, new float[] {
    1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f});

  private ImageFinish() {}

  /** Scales to the output size and type, then blurs and adds noise as the capture says. */
  static BufferedImage finish(BufferedImage working, int size, boolean colour, Capture capture) {
    BufferedImage out = new BufferedImage(size, size,
        colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(working, 0, 0, size, size, null);
    } finally {
      g.dispose();
    }
    if (capture.blurred()) {
      out = new ConvolveOp(BLUR, ConvolveOp.EDGE_NO_OP, null).filter(out, null);
    }
    if (capture.lightStrength() > 0 || capture.noise() > 0) {
      lightAndNoise(out, capture);
    }
    return out;
  }

  // One pass over the output pixels: cheaper than a gradient paint on the larger working image.
  private static void lightAndNoise(BufferedImage image, Capture capture) {
    SplittableRandom random = new SplittableRandom(capture.noiseSeed());
    int size = image.getWidth();
    double sd = capture.noise();
    boolean grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
    byte[] greyPixels = grey ? ((DataBufferByte) image.getRaster().getDataBuffer()).getData() : null;
    int[] rgbPixels = grey ? null : ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    double half = size / 2.0;
    double dx = Math.cos(capture.lightAngle()) / half;
    double dy = Math.sin(capture.lightAngle()) / half;
    for (int y = 0, i = 0; y < size; y++) {
      for (int x = 0; x < size; x++, i++) {
        double light = light(((x - half) * dx + (y - half) * dy), capture.lightStrength());
        if (grey) {
          greyPixels[i] = (byte) channel(greyPixels[i] & 0xff, light, sd, random);
        } else {
          int p = rgbPixels[i];
          rgbPixels[i] = (channel((p >> 16) & 0xff, light, sd, random) << 16)
              | (channel((p >> 8) & 0xff, light, sd, random) << 8)
              | channel(p & 0xff, light, sd, random);
        }
      }
    }
  }

  /**
   * How the light changes a pixel at position t (-1 = shadow edge .. 1 = lit edge along the light direction):
   * positive = brightened towards white by that share, negative = darkened by that share.
   */
  private static double light(double t, double strength) {
    double clipped = Math.max(-1, Math.min(1, t));
    return clipped > 0 ? 0.35 * strength * clipped : 0.55 * strength * clipped;
  }

  private static int channel(int value, double light, double sd, SplittableRandom random) {
    double lit = light > 0 ? value + (255 - value) * light : value * (1 + light);
    double noisy = sd > 0 ? lit + sd * random.nextGaussian() : lit;
    return (int) Math.max(0, Math.min(255, Math.round(noisy)));
  }
}
