package dev.compoundfer.core.data.synthetic;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Objects;

/**
 * Draws a cartoon face with Java2D from a subject's {@link Identity}, the action units it shows and the
 * {@link Capture} conditions. Faces are drawn at a working resolution of at least 128 pixels and then scaled to the
 * output size, so that thin wrinkles survive as soft shading at 64 pixels.
 *
 * <p>Output: {@code size x size} pixels, {@link BufferedImage#TYPE_BYTE_GRAY} (1 channel) or
 * {@link BufferedImage#TYPE_INT_RGB} (3 channels). Thread-safe: each thread draws on its own reused working
 * canvas, and every call returns a new output image.
 */
public final class FaceRenderer {
  /** The smallest drawing resolution; smaller outputs are drawn here and scaled down. */
  static final int MIN_WORKING_SIZE = 128;

  private final int size;
  private final boolean colour;
  private final Framing framing;
  // Allocating a fresh working canvas per face cost about a fifth of the render time.
  private final ThreadLocal<BufferedImage> workingCanvas;

  /**
   * @param size output width and height in pixels, at least 16
   * @param colour whether to output RGB instead of grey
   * @param framing how much of the head the image shows
   */
  public FaceRenderer(int size, boolean colour, Framing framing) {
    if (size < 16) {
      throw new IllegalArgumentException("size must be at least 16 pixels, was " + size);
    }
    this.size = size;
    this.colour = colour;
    this.framing = Objects.requireNonNull(framing, "framing");
    int working = Math.max(size, MIN_WORKING_SIZE);
    this.workingCanvas = ThreadLocal.withInitial(
        () -> new BufferedImage(working, working, BufferedImage.TYPE_INT_RGB));
  }

  /** A frontal studio image of the subject showing the given action-unit intensities (0..5). */
  public BufferedImage render(Identity identity, Map<ActionUnit, Double> actionUnits) {
    return render(identity, actionUnits, Capture.STUDIO);
  }

  /** An image of the subject showing the given action-unit intensities (0..5), taken under the capture. */
  public BufferedImage render(Identity identity, Map<ActionUnit, Double> actionUnits, Capture capture) {
    Activation activation = Activation.of(actionUnits);
    BufferedImage image = workingCanvas.get();
    int working = image.getWidth();
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      int grey = (int) Math.round(255 * capture.background());
      g.setColor(new Color(grey, grey, (int) Math.min(255, grey * 1.06)));
      g.fillRect(0, 0, working, working);
      g.transform(faceTransform(working, capture));
      paintFace(g, identity, activation, capture);
    } finally {
      g.dispose();
    }
    return ImageFinish.finish(image, size, colour, capture);
  }

  /**
   * Where the head outline (the skin oval from crown to chin, without ears, hair or neck) lands in the output image
   * of {@link #render(Identity, Map, Capture)}, in output pixels; the true face box when testing face detectors.
   */
  public Rectangle2D faceBounds(Identity identity, Map<ActionUnit, Double> actionUnits, Capture capture) {
    int working = Math.max(size, MIN_WORKING_SIZE);
    double headShift = FaceCanvas.headShift(capture.yaw());
    Rectangle2D inWorking = faceTransform(working, capture)
        .createTransformedShape(HeadPainter.outline(
            identity, FaceLayout.of(identity), Activation.of(actionUnits).jawDrop(), headShift))
        .getBounds2D();
    double toOutput = (double) size / working;
    return new Rectangle2D.Double(inWorking.getX() * toOutput, inWorking.getY() * toOutput,
        inWorking.getWidth() * toOutput, inWorking.getHeight() * toOutput);
  }

  // From face units (a 100 x 100 canvas) to working pixels: framed, rolled, zoomed and shifted by the capture.
  private AffineTransform faceTransform(int working, Capture capture) {
    AffineTransform t = new AffineTransform();
    t.translate(working / 2.0, working / 2.0);
    t.rotate(capture.roll());
    double unit = working / 100.0 * framing.zoom() * capture.scale();
    t.scale(unit, unit);
    t.translate(-50 + capture.shiftX(), -framing.centreY() + capture.shiftY());
    return t;
  }

  private static void paintFace(Graphics2D g, Identity id, Activation a, Capture capture) {
    FaceCanvas canvas = new FaceCanvas(g, capture.yaw());
    FaceLayout layout = FaceLayout.of(id);
    MouthShape mouth = MouthShape.of(layout, a);
    HeadPainter.paint(canvas, id, layout, a);
    CheekPainter.paint(canvas, id, layout, a, mouth);
    NosePainter.paint(canvas, id, layout, a);
    EyePainter.paint(canvas, id, layout, a);
    BrowPainter.paint(canvas, id, layout, a);
    MouthPainter.paint(canvas, id, mouth);
    ChinPainter.paint(canvas, id, layout, a, mouth);
    if (id.glasses()) {
      GlassesPainter.paint(canvas, layout);
    }
  }
}
