package dev.compoundfer.core.data.synthetic;

import static dev.compoundfer.core.data.synthetic.FaceLayout.CENTRE;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;

/** Draws a pair of glasses over the eyes for the subjects that wear them. */
final class GlassesPainter {
  private static final Color FRAME = new Color(30, 30, 35);

  private GlassesPainter() {}

  static void paint(FaceCanvas c, FaceLayout layout) {
    double halfWidth = layout.eyeHalfWidth() + 2.6;
    double top = layout.eyeY() - 5;
    double height = 9.5;
    double[] innerEdges = new double[2];
    for (int side = -1; side <= 1; side += 2) {
      double left = c.x(layout.eyeX(side) - halfWidth, 5);
      double right = c.x(layout.eyeX(side) + halfWidth, 5);
      c.fill(new RoundRectangle2D.Double(left, top, right - left, height, 5, 5),
          FaceCanvas.alpha(new Color(200, 215, 230), 0.18));
      c.stroke(new RoundRectangle2D.Double(left, top, right - left, height, 5, 5), FRAME, 0.9);
      innerEdges[(side + 1) / 2] = side < 0 ? right : left;
    }
    c.stroke(new Line2D.Double(innerEdges[0], top + 2.5, innerEdges[1], top + 2.5), FRAME, 0.9);
    double temple = layout.headHalfWidth() - 1;
    c.stroke(new Line2D.Double(c.x(CENTRE - temple, 0), top + 2, c.x(layout.eyeX(-1) - halfWidth, 5), top + 2),
        FRAME, 0.8);
    c.stroke(new Line2D.Double(c.x(layout.eyeX(1) + halfWidth, 5), top + 2, c.x(CENTRE + temple, 0), top + 2),
        FRAME, 0.8);
  }
}
