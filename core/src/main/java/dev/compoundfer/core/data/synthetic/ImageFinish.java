package dev.compoundfer.core.data.synthetic;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Kernel;
import java.util.SplittableRandom;

/** The camera side of rendering: directional light, scaling to the output size, blur and pixel noise. */
final class ImageFinish {
  private static final Kernel BLUR = new Kernel(3, 3, new float[] {
    1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f});

  private ImageFinish() {}

  /** Brightens the side the light comes from and darkens the opposite side. */
  static void light(Graphics2D g, int working, Capture capture) {
    double s = capture.lightStrength();
    if (s <= 0) {
      return;
    }
    float half = working / 2f;
    float dx = (float) Math.cos(capture.lightAngle()) * half;
    float dy = (float) Math.sin(capture.lightAngle()) * half;
    g.setPaint(new GradientPaint(half + dx, half + dy, FaceCanvas.alpha(Color.WHITE, 0.35 * s), half, half,
        FaceCanvas.alpha(Color.WHITE, 0)));
    g.fillRect(0, 0, working, working);
    g.setPaint(new GradientPaint(half, half, FaceCanvas.alpha(Color.BLACK, 0), half - dx, half - dy,
        FaceCanvas.alpha(Color.BLACK, 0.55 * s)));
    g.fillRect(0, 0, working, working);
  }

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
    if (capture.noise() > 0) {
      addNoise(out, capture.noise(), new SplittableRandom(capture.noiseSeed()));
    }
    return out;
  }

  private static void addNoise(BufferedImage image, double sd, SplittableRandom random) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
      for (int i = 0; i < pixels.length; i++) {
        pixels[i] = (byte) clamp((pixels[i] & 0xff) + sd * random.nextGaussian());
      }
      return;
    }
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < pixels.length; i++) {
      int p = pixels[i];
      int r = clamp(((p >> 16) & 0xff) + sd * random.nextGaussian());
      int gr = clamp(((p >> 8) & 0xff) + sd * random.nextGaussian());
      int b = clamp((p & 0xff) + sd * random.nextGaussian());
      pixels[i] = (r << 16) | (gr << 8) | b;
    }
  }

  private static int clamp(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }
}
