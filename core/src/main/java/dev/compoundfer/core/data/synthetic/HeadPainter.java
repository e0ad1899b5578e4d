package dev.compoundfer.core.data.synthetic;

import static dev.compoundfer.core.data.synthetic.FaceLayout.CENTRE;

import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Draws everything around the features: shoulders, neck, hair, ears and the head outline with its jaw. */
final class HeadPainter {
  private HeadPainter() {}

  static void paint(FaceCanvas canvas, Identity id, FaceLayout layout, Activation activation) {
    double shift = canvas.headShift();
    double top = layout.headCentreY() - layout.headHalfHeight();
    Color skin = id.skinColour();
    if (id.hairLength() > 0.5) {
      paintLongHair(canvas, id, layout, shift);
    }
    canvas.fill(new Ellipse2D.Double(CENTRE - 55, 96, 110, 40), clothing(id));
    double neckHalf = layout.headHalfWidth() * 0.45;
    canvas.fill(new Rectangle2D.Double(CENTRE + shift - neckHalf, layout.headCentreY() + 10, 2 * neckHalf, 50),
        FaceCanvas.shade(skin, 0.82));
    for (int side = -1; side <= 1; side += 2) {
      double earX = CENTRE + 2 * shift + side * (layout.headHalfWidth() - 0.5);
      canvas.fill(new Ellipse2D.Double(earX - 3, layout.eyeY() - 1, 6, 12), FaceCanvas.shade(skin, 0.9));
    }
    Path2D outline = outline(id, layout, activation.jawDrop(), shift);
    canvas.fill(outline, skin);
    paintHairCap(canvas, id, layout, outline, top);
  }

  /** The head: round at the top, narrowing to a jaw whose width follows the face shape; the chin moves down. */
  static Path2D outline(Identity id, FaceLayout layout, double jawDrop, double shift) {
    double cx = CENTRE + shift;
    double hw = layout.headHalfWidth();
    double cy = layout.headCentreY();
    double top = cy - layout.headHalfHeight();
    double chin = layout.chinY(jawDrop);
    double jaw = 0.35 + 0.45 * id.faceShape();
    Path2D.Double path = new Path2D.Double();
    path.moveTo(cx, top);
    path.curveTo(cx + hw * 0.56, top, cx + hw, cy - layout.headHalfHeight() * 0.55, cx + hw, cy);
    path.curveTo(cx + hw, cy + (chin - cy) * 0.55, cx + hw * jaw, chin, cx, chin);
    path.curveTo(cx - hw * jaw, chin, cx - hw, cy + (chin - cy) * 0.55, cx - hw, cy);
    path.curveTo(cx - hw, cy - layout.headHalfHeight() * 0.55, cx - hw * 0.56, top, cx, top);
    path.closePath();
    return path;
  }

  // Hair covers the skull above a curved hairline and the temples; the face shows through an oval window.
  private static void paintHairCap(FaceCanvas canvas, Identity id, FaceLayout layout, Path2D outline, double top) {
    Rectangle2D bounds = outline.getBounds2D();
    Area cap = new Area(new Ellipse2D.Double(bounds.getX() - 1.5, top - 2.5, bounds.getWidth() + 3,
        2 * (layout.headCentreY() - top) + 4));
    // Sideburns end in a rounded line above the ears rather than a straight cut.
    double sideburnDepth = layout.browY() + 3 - top;
    cap.intersect(new Area(new Ellipse2D.Double(bounds.getX() - 8, top - sideburnDepth, bounds.getWidth() + 16,
        2 * sideburnDepth)));
    double hairY = top + 5 + 9 * id.hairLine();
    double windowHalf = layout.headHalfWidth() * 0.8;
    // The face window turns partly with the features so that a turned face does not slide under the hair.
    double windowX = CENTRE + 0.6 * canvas.midlineShift();
    cap.subtract(new Area(new Ellipse2D.Double(windowX - windowHalf, hairY, 2 * windowHalf, 90)));
    canvas.fill(cap, id.hairColour());
  }

  private static void paintLongHair(FaceCanvas canvas, Identity id, FaceLayout layout, double shift) {
    double hw = layout.headHalfWidth() * 1.12;
    double top = layout.headCentreY() - layout.headHalfHeight() - 2;
    double bottom = layout.headCentreY() + layout.headHalfHeight() * (0.3 + 0.9 * id.hairLength());
    canvas.fill(new RoundRectangle2D.Double(CENTRE + shift - hw, top, 2 * hw, bottom - top, 30, 30),
        FaceCanvas.shade(id.hairColour(), 0.85));
  }

  private static Color clothing(Identity id) {
    float hue = (float) ((id.faceShape() * 7.3 + id.hairTone() * 3.1) % 1.0);
    return Color.getHSBColor(hue, 0.35f, 0.45f);
  }
}
