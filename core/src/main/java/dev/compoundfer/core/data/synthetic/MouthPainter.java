package dev.compoundfer.core.data.synthetic;

import static dev.compoundfer.core.data.synthetic.FaceLayout.CENTRE;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Draws the lips, the opening between them and the teeth, from a {@link MouthShape}. */
final class MouthPainter {
  private static final double DEPTH = 8;
  private static final Color INSIDE = new Color(70, 22, 28);
  private static final Color TEETH = new Color(238, 234, 222);
  private static final Color LIP_TINT = new Color(190, 75, 80);

  private MouthPainter() {}

  static void paint(FaceCanvas c, Identity id, MouthShape m) {
    Color lip = blend(id.skinColour(), LIP_TINT, 0.45);
    if (m.open()) {
      Path2D opening = band(c, m, m.upperInner(), m.lowerInner());
      c.fill(opening, INSIDE);
      paintTeeth(c, m, opening);
    }
    c.fill(band(c, m, m.upperOuter(), m.upperInner()), FaceCanvas.shade(lip, 0.92));
    c.fill(band(c, m, m.lowerInner(), m.lowerOuter()), lip);
    Color line = FaceCanvas.shade(lip, 0.45);
    double left = c.x(m.cornerX(-1), DEPTH - 3);
    double right = c.x(m.cornerX(1), DEPTH - 3);
    double mid = c.x(CENTRE, DEPTH);
    c.stroke(FaceCanvas.curve(left, m.cornerY(), mid, m.control(m.upperInner()), right, m.cornerY()), line, 0.6);
    if (!m.open()) {
      return;
    }
    c.stroke(FaceCanvas.curve(left, m.cornerY(), mid, m.control(m.lowerInner()), right, m.cornerY()), line, 0.5);
  }

  /** The region between two corner-to-corner curves through the given midline heights. */
  private static Path2D band(FaceCanvas c, MouthShape m, double topMid, double bottomMid) {
    double left = c.x(m.cornerX(-1), DEPTH - 3);
    double right = c.x(m.cornerX(1), DEPTH - 3);
    double mid = c.x(CENTRE, DEPTH);
    Path2D.Double path = new Path2D.Double();
    path.moveTo(left, m.cornerY());
    path.quadTo(mid, m.control(topMid), right, m.cornerY());
    path.quadTo(mid, m.control(bottomMid), left, m.cornerY());
    path.closePath();
    return path;
  }

  // Upper teeth hang from the upper lip; lower teeth show only once the jaw is well open.
  private static void paintTeeth(FaceCanvas c, MouthShape m, Shape opening) {
    Shape oldClip = c.graphics().getClip();
    c.graphics().clip(opening);
    double left = c.x(CENTRE - m.halfWidth() * 0.8, DEPTH);
    double right = c.x(CENTRE + m.halfWidth() * 0.8, DEPTH);
    double top = Math.min(m.upperInner(), m.cornerY()) - 1;
    c.fill(new Rectangle2D.Double(left, top, right - left, m.upperInner() + 2.2 - top), TEETH);
    if (m.lowerInner() - m.upperInner() > 5) {
      c.fill(new Rectangle2D.Double(left, m.lowerInner() - 1.4, right - left, 3), FaceCanvas.shade(TEETH, 0.9));
    }
    c.graphics().setClip(oldClip);
  }

  private static Color blend(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
  }
}
