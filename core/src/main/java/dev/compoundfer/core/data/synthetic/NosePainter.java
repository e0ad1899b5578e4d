package dev.compoundfer.core.data.synthetic;

import static dev.compoundfer.core.data.synthetic.ActionUnit.AU10;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU9;
import static dev.compoundfer.core.data.synthetic.FaceLayout.CENTRE;

import java.awt.Color;
import java.awt.geom.Ellipse2D;

/**
 * Draws the nose: AU9 wrinkles the skin across the bridge and pulls the nostril wings up and out; AU10 lifts the
 * wings a little with the upper lip.
 */
final class NosePainter {
  private static final double TIP_DEPTH = 12;

  private NosePainter() {}

  static void paint(FaceCanvas c, Identity id, FaceLayout layout, Activation a) {
    double l9 = a.level(AU9);
    double lift = 1.6 * l9 + 0.8 * a.level(AU10);
    double tipY = layout.noseY() - lift;
    double wing = layout.noseHalfWidth() * (1 + 0.15 * l9);
    Color line = FaceCanvas.shade(id.skinColour(), 0.62);
    double bridgeTop = layout.eyeY() - 1;
    for (int side = -1; side <= 1; side += 2) {
      double top = c.x(CENTRE + side * 2.2, 6);
      double low = c.x(CENTRE + side * 2.6, TIP_DEPTH - 3);
      c.stroke(FaceCanvas.curve(top, bridgeTop, top, tipY - 6, low, tipY - 2),
          FaceCanvas.alpha(line, 0.35), 0.55);
      double wingX = c.x(CENTRE + side * wing, 6);
      c.stroke(FaceCanvas.curve(c.x(CENTRE + side * wing * 0.6, 9), tipY - 2.5, wingX + side * 1.4, tipY - 0.5,
          c.x(CENTRE + side * wing * 0.5, 9), tipY + 1.6), line, 0.7);
      double nostril = c.x(CENTRE + side * wing * 0.45, 10);
      c.fill(new Ellipse2D.Double(nostril - 1.1, tipY + 0.2, 2.2, 1.3), FaceCanvas.shade(id.skinColour(), 0.35));
    }
    c.stroke(FaceCanvas.curve(c.x(CENTRE - 1.8, TIP_DEPTH), tipY + 1.2, c.x(CENTRE, TIP_DEPTH), tipY + 2.4,
        c.x(CENTRE + 1.8, TIP_DEPTH), tipY + 1.2), FaceCanvas.alpha(line, 0.6), 0.6);
    paintWrinkles(c, layout, line, l9);
  }

  // The nose wrinkler bunches the skin of the bridge into short transverse folds between the eyes.
  private static void paintWrinkles(FaceCanvas c, FaceLayout layout, Color line, double l9) {
    if (l9 <= 0) {
      return;
    }
    for (int k = 0; k < 3; k++) {
      double y = layout.eyeY() + 0.5 + 2.2 * k;
      double half = 3.2 - 0.3 * k;
      c.stroke(FaceCanvas.curve(c.x(CENTRE - half, 7), y + 0.8, c.x(CENTRE, 8), y - 0.9, c.x(CENTRE + half, 7),
          y + 0.8), FaceCanvas.alpha(line, 0.35 + 0.65 * l9), 0.45 + 0.45 * l9);
    }
    for (int side = -1; side <= 1; side += 2) {
      double x = c.x(CENTRE + side * 4.2, 6);
      c.stroke(FaceCanvas.curve(x, layout.eyeY() + 1, x + side * 0.8, layout.eyeY() + 3, x + side * 0.4,
          layout.eyeY() + 5.5), FaceCanvas.alpha(line, 0.6 * l9), 0.5);
    }
  }
}
