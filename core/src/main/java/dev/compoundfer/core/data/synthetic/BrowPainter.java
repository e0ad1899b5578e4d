package dev.compoundfer.core.data.synthetic;

import static dev.compoundfer.core.data.synthetic.ActionUnit.AU1;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU2;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU4;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU9;
import static dev.compoundfer.core.data.synthetic.FaceLayout.CENTRE;

import java.awt.Color;

/**
 * Draws the brows and the skin around them: AU1 raises the inner brow ends (oblique brows, central forehead
 * wrinkles), AU2 the outer ends (arched brows, lateral wrinkles), AU4 lowers the brows and draws them together with
 * vertical furrows between them.
 */
final class BrowPainter {
  private static final double DEPTH = 4;

  private BrowPainter() {}

  static void paint(FaceCanvas canvas, Identity id, FaceLayout layout, Activation a) {
    double l1 = a.level(AU1);
    double l2 = a.level(AU2);
    double l4 = a.level(AU4);
    double innerY = layout.browY() - 6.5 * l1 + 4.5 * l4 + 1.5 * a.level(AU9);
    double midY = layout.browY() - 2.2 - 2 * l1 - 3.5 * l2 + 3.5 * l4;
    double outerY = layout.browY() + 1 - 6 * l2 + 1.5 * l4 + 0.8 * l1;
    double innerGap = layout.eyeOffset() - layout.eyeHalfWidth() * 0.8 - 3.5 * l4;
    double outerReach = layout.eyeOffset() + layout.eyeHalfWidth() * 1.25;
    double width = layout.browThickness() * (1 + 0.15 * l4);
    // Brows are darker than the scalp hair, which keeps them readable on dark skin at 64 pixels.
    Color brow = FaceCanvas.shade(id.hairColour(), 0.5);
    for (int side = -1; side <= 1; side += 2) {
      double inner = canvas.x(CENTRE + side * innerGap, DEPTH);
      double outer = canvas.x(CENTRE + side * outerReach, DEPTH);
      double mid = canvas.x(CENTRE + side * (innerGap + outerReach) / 2, DEPTH);
      // A quadratic through mid: the control sits twice as far from the chord as the desired peak.
      double controlY = 2 * midY - (innerY + outerY) / 2;
      canvas.stroke(FaceCanvas.curve(inner, innerY, mid, controlY, outer, outerY), brow, width);
    }
    Color crease = FaceCanvas.shade(id.skinColour(), 0.55);
    paintForehead(canvas, layout, crease, l1, l2);
    paintFurrows(canvas, layout, crease, l4, innerY);
  }

  private static void paintForehead(FaceCanvas c, FaceLayout layout, Color crease, double l1, double l2) {
    double strength = Math.max(l1, l2);
    if (strength <= 0) {
      return;
    }
    double half = 5 + 8 * l1 + 12 * l2;
    for (int k = 0; k < 3; k++) {
      double y = layout.browY() - 6 - 2 * l1 - 2 * l2 - 3 * k;
      double left = c.x(CENTRE - half + 2 * k, DEPTH);
      double right = c.x(CENTRE + half - 2 * k, DEPTH);
      c.stroke(FaceCanvas.curve(left, y + 1, c.x(CENTRE, DEPTH), y - 1.2, right, y + 1),
          FaceCanvas.alpha(crease, strength * (0.8 - 0.2 * k)), 0.55);
    }
  }

  private static void paintFurrows(FaceCanvas c, FaceLayout layout, Color crease, double l4, double innerY) {
    if (l4 <= 0) {
      return;
    }
    for (int side = -1; side <= 1; side += 2) {
      double x = c.x(CENTRE + side * 1.6, DEPTH + 1);
      c.stroke(FaceCanvas.curve(x, innerY - 2, x - side * 0.4, innerY + 1.5, x + side * 0.2, innerY + 4),
          FaceCanvas.alpha(crease, 0.3 + 0.6 * l4), 0.5 + 0.5 * l4);
    }
  }
}
