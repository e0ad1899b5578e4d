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
    c.stroke(edge(c, m, m.upperInner(), 1), line, 0.9);
    if (m.open()) {
      c.stroke(edge(c, m, m.lowerInner(), 1), line, 0.6);
    }
  }

  /**
   * A corner-to-corner cubic through {@code midY} on the midline, drawn from the left corner (direction 1) or from
   * the right corner (-1). Controls sit half-way out, which keeps the lips full and an open mouth oval.
   */
  private static Path2D edge(FaceCanvas c, MouthShape m, double midY, int direction) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(c.x(m.cornerX(-direction), DEPTH - 3), m.cornerY());
    appendEdge(path, c, m, midY, direction);
    return path;
  }

  private static void appendEdge(Path2D path, FaceCanvas c, MouthShape m, double midY, int direction) {
    double controlY = m.control(midY);
    path.curveTo(c.x(CENTRE - direction * m.halfWidth() * 0.55, DEPTH), controlY,
        c.x(CENTRE + direction * m.halfWidth() * 0.55, DEPTH), controlY,
        c.x(m.cornerX(direction), DEPTH - 3), m.cornerY());
  }

  /** The region between two corner-to-corner curves through the given midline heights. */
  private static Path2D band(FaceCanvas c, MouthShape m, double topMid, double bottomMid) {
    Path2D path = edge(c, m, topMid, 1);
    appendEdge(path, c, m, bottomMid, -1);
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
