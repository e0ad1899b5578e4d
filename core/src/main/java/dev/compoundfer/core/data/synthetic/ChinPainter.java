package dev.compoundfer.core.data.synthetic;

import static dev.compoundfer.core.data.synthetic.ActionUnit.AU17;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU24;
import static dev.compoundfer.core.data.synthetic.FaceLayout.CENTRE;

import java.awt.Color;
import java.awt.geom.Ellipse2D;

/**
 * Draws the skin around the lips: AU17 pushes the chin boss up (a curved fold under the lower lip, a rounded,
 * dimpled chin); AU24 presses the lips so the skin bulges just above and below them.
 */
final class ChinPainter {
  private ChinPainter() {}

  static void paint(FaceCanvas c, Identity id, FaceLayout layout, Activation a, MouthShape m) {
    Color crease = FaceCanvas.shade(id.skinColour(), 0.55);
    double l17 = a.level(AU17);
    double chin = layout.chinY(a.jawDrop());
    double foldY = m.lowerOuter() + 2.8 - 0.8 * l17;
    double half = 4 + 1.5 * l17;
    c.stroke(FaceCanvas.curve(c.x(CENTRE - half, 6), foldY + 0.8, c.x(CENTRE, 7), foldY - 1.2 - 1.2 * l17,
        c.x(CENTRE + half, 6), foldY + 0.8), FaceCanvas.alpha(crease, 0.2 + 0.8 * l17), 0.5 + 0.9 * l17);
    if (l17 > 0) {
      double bossY = (foldY + chin) / 2;
      c.stroke(FaceCanvas.curve(c.x(CENTRE - 5, 6), bossY + 1, c.x(CENTRE, 7), bossY + 5, c.x(CENTRE + 5, 6),
          bossY + 1), FaceCanvas.alpha(crease, 0.7 * l17), 0.5 + 0.4 * l17);
      for (int k = -1; k <= 1; k++) {
        double x = c.x(CENTRE + 2.2 * k, 7);
        c.fill(new Ellipse2D.Double(x - 0.5, bossY - 0.3 + Math.abs(k) * 0.6, 1, 1),
            FaceCanvas.alpha(crease, 0.7 * l17));
      }
    }
    paintPressBulges(c, m, crease, a.level(AU24));
  }

  private static void paintPressBulges(FaceCanvas c, MouthShape m, Color crease, double l24) {
    if (l24 <= 0) {
      return;
    }
    double left = c.x(m.cornerX(-1) + 1, 5);
    double right = c.x(m.cornerX(1) - 1, 5);
    double mid = c.x(CENTRE, 8);
    Color bulge = FaceCanvas.alpha(crease, 0.6 * l24);
    // Quadratic controls sit twice as far from the chord as the point the curve should pass on the midline.
    double above = 2 * (m.upperOuter() - 1.6) - (m.cornerY() - 1.5);
    double below = 2 * (m.lowerOuter() + 1.6) - (m.cornerY() + 1.5);
    c.stroke(FaceCanvas.curve(left, m.cornerY() - 1.5, mid, above, right, m.cornerY() - 1.5), bulge, 0.5);
    c.stroke(FaceCanvas.curve(left, m.cornerY() + 1.5, mid, below, right, m.cornerY() + 1.5), bulge, 0.5);
  }
}
