package dev.compoundfer.core.data.synthetic;

import static dev.compoundfer.core.data.synthetic.ActionUnit.AU4;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU5;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU6;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU7;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU9;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * Draws the eyes: AU5 lifts the upper lid (white shows above the iris), AU6 lifts the cheek so the lower lid
 * bulges and the eye narrows from below with crow's feet, AU7 tightens both lids into a narrow slit.
 */
final class EyePainter {
  private static final double DEPTH = 3;
  private static final Color WHITE = new Color(245, 242, 236);
  private static final Color LID_LINE = new Color(45, 30, 28);

  private EyePainter() {}

  static void paint(FaceCanvas canvas, Identity id, FaceLayout layout, Activation a) {
    double up = layout.eyeOpening()
        * (1 + 0.9 * a.level(AU5) - 0.5 * a.level(AU7) - 0.2 * a.level(AU6) - 0.2 * a.level(AU4)
            - 0.15 * a.level(AU9));
    double down = layout.eyeOpening()
        * (0.7 - 0.45 * a.level(AU6) - 0.45 * a.level(AU7) + 0.15 * a.level(AU5));
    for (int side = -1; side <= 1; side += 2) {
      paintEye(canvas, id, layout, side, up, down);
      paintLowerLidBulge(canvas, id, layout, side, down, a);
    }
  }

  private static void paintEye(FaceCanvas c, Identity id, FaceLayout layout, int side, double up, double down) {
    double ex = layout.eyeX(side);
    double ey = layout.eyeY();
    double inner = c.x(ex - side * layout.eyeHalfWidth(), DEPTH);
    double outer = c.x(ex + side * layout.eyeHalfWidth(), DEPTH);
    double mid = c.x(ex, DEPTH);
    // The outer corner sits a little higher, as in most faces; quadratic controls sit at twice the apex height.
    double outerY = ey - 0.5;
    Path2D.Double opening = new Path2D.Double();
    opening.moveTo(inner, ey);
    opening.quadTo(mid, ey - 2 * up, outer, outerY);
    opening.quadTo(mid, ey + 2 * down, inner, ey);
    opening.closePath();
    c.fill(opening, WHITE);
    Shape oldClip = c.graphics().getClip();
    c.graphics().clip(opening);
    double iris = layout.eyeOpening() * 1.05;
    c.fill(new Ellipse2D.Double(mid - iris, ey + 0.2 - iris, 2 * iris, 2 * iris), irisColour(id));
    c.fill(new Ellipse2D.Double(mid - iris * 0.45, ey + 0.2 - iris * 0.45, iris * 0.9, iris * 0.9), Color.BLACK);
    c.graphics().setClip(oldClip);
    c.stroke(FaceCanvas.curve(inner, ey, mid, ey - 2 * up, outer, outerY), LID_LINE, 0.9);
    c.stroke(FaceCanvas.curve(inner, ey, mid, ey + 2 * down, outer, outerY),
        FaceCanvas.alpha(LID_LINE, 0.6), 0.5);
    // The lid crease stays put, so a raised lid (AU5) closes the gap between lid and crease.
    double crease = ey - 1.8 * layout.eyeOpening() - 0.8;
    c.stroke(FaceCanvas.curve(inner, ey - 1.2, mid, crease - 0.5 * layout.eyeOpening(), outer, outerY - 1.4),
        FaceCanvas.alpha(FaceCanvas.shade(id.skinColour(), 0.6), 0.6), 0.5);
  }

  // The raised cheek (AU6) and tightened lid (AU7) push a bulge up under the eye; AU6 adds crow's feet.
  private static void paintLowerLidBulge(
      FaceCanvas c, Identity id, FaceLayout layout, int side, double down, Activation a) {
    double push = Math.max(a.level(AU6), 0.7 * a.level(AU7));
    if (push <= 0) {
      return;
    }
    Color line = FaceCanvas.shade(id.skinColour(), 0.55);
    double ex = layout.eyeX(side);
    double hw = layout.eyeHalfWidth();
    double y = layout.eyeY() + down + 1.6 - 0.6 * push;
    c.stroke(FaceCanvas.curve(c.x(ex - side * hw * 0.8, DEPTH), y, c.x(ex, DEPTH), y + 2.2,
        c.x(ex + side * hw * 0.9, DEPTH), y - 0.3), FaceCanvas.alpha(line, 0.25 + 0.6 * push), 0.5 + 0.5 * push);
    double crows = a.level(AU6);
    for (int k = -1; k <= 1 && crows > 0; k++) {
      double x0 = c.x(ex + side * (hw + 1.2), DEPTH);
      double x1 = c.x(ex + side * (hw + 4), DEPTH - 1);
      c.stroke(FaceCanvas.curve(x0, layout.eyeY() + k * 1.3, (x0 + x1) / 2, layout.eyeY() + k * 2,
          x1, layout.eyeY() + k * 2.8), FaceCanvas.alpha(line, 0.8 * crows), 0.45);
    }
  }

  private static Color irisColour(Identity id) {
    // Darker skin goes with darker irises more often; the hair trait adds some spread.
    double light = Math.max(0, 1 - id.skinTone() * 1.3) * id.hairTone();
    return new Color((int) (70 + 30 * light), (int) (45 + 70 * light), (int) (30 + 90 * light));
  }
}
