package dev.compoundfer.core.data.synthetic;

import static dev.compoundfer.core.data.synthetic.ActionUnit.AU10;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU11;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU12;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU20;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU6;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU9;
import static dev.compoundfer.core.data.synthetic.FaceLayout.CENTRE;

import java.awt.Color;
import java.awt.geom.Ellipse2D;

/**
 * Draws the cheeks and nasolabial folds: AU11 deepens the folds from the nostril wings to the mouth corners; AU9,
 * AU10 and AU12 deepen them as a side effect; AU6 and AU12 lift and round the cheeks.
 */
final class CheekPainter {
  private CheekPainter() {}

  static void paint(FaceCanvas c, Identity id, FaceLayout layout, Activation a, MouthShape mouth) {
    double lift = Math.max(a.level(AU6), 0.8 * a.level(AU12));
    Color skin = id.skinColour();
    for (int side = -1; side <= 1; side += 2) {
      double cheekX = c.x(layout.eyeX(side) + side * 1.5, 4);
      double cheekY = layout.eyeY() + 10 - 3 * lift;
      c.fill(new Ellipse2D.Double(cheekX - 5, cheekY - 3.5, 10, 7),
          FaceCanvas.alpha(new Color(255, 235, 225), 0.08 + 0.25 * lift));
    }
    double depth = Math.min(1, 0.15 + 0.75 * a.level(AU11) + 0.4 * a.level(AU10) + 0.35 * a.level(AU12)
        + 0.3 * a.level(AU9) + 0.2 * a.level(AU20));
    Color fold = FaceCanvas.alpha(FaceCanvas.shade(skin, 0.55), depth);
    for (int side = -1; side <= 1; side += 2) {
      double topX = CENTRE + side * (layout.noseHalfWidth() + 1.3);
      double topY = layout.noseY() - 2.5 - 1.2 * a.level(AU10);
      double endX = mouth.cornerX(side) + side * 2.2;
      double endY = mouth.cornerY() + 2.5;
      c.stroke(FaceCanvas.curve(c.x(topX, 7), topY, c.x(endX + side * 1.5, 5), (topY + endY) / 2,
          c.x(endX, 5), endY), fold, 0.5 + 0.8 * a.level(AU11));
    }
  }
}
