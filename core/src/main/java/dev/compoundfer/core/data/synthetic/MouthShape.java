package dev.compoundfer.core.data.synthetic;

import static dev.compoundfer.core.data.synthetic.ActionUnit.AU10;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU12;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU15;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU17;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU20;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU23;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU24;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU25;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU26;
import static dev.compoundfer.core.data.synthetic.FaceLayout.CENTRE;

/**
 * Where the lips are for a set of action units, in face units before the head turn: the two corners and, on the
 * midline, the four lip edges from the top of the upper lip down to the bottom of the lower lip.
 *
 * @param halfWidth half the distance between the corners
 * @param cornerY height of the corners
 * @param upperOuter top edge of the upper lip on the midline
 * @param upperInner lower edge of the upper lip (top of the opening)
 * @param lowerInner upper edge of the lower lip (bottom of the opening)
 * @param lowerOuter bottom edge of the lower lip
 */
record MouthShape(
    double halfWidth, double cornerY, double upperOuter, double upperInner, double lowerInner, double lowerOuter) {

  /**
   * AU12 pulls the corners up and out, AU15 down; AU20 stretches the mouth wide; AU23 and AU24 narrow and thin the
   * lips; AU10 lifts the upper lip; AU17 pushes the lower lip up; AU25 parts the lips; AU26 drops the jaw.
   */
  static MouthShape of(FaceLayout layout, Activation a) {
    double halfWidth = layout.mouthHalfWidth()
        * (1 + 0.3 * a.level(AU20) + 0.18 * a.level(AU12) - 0.2 * a.level(AU23) - 0.1 * a.level(AU24)
            - 0.1 * a.level(AU26));
    double y = layout.mouthY();
    double cornerY = y - 5.5 * a.level(AU12) + 4 * a.level(AU15) + 1 * a.level(AU20);
    double part = 2.8 * a.level(AU25);
    double upperRaise = 3.2 * a.level(AU10);
    double lowerPush = 2.6 * a.level(AU17);
    double upperInner = y - upperRaise - 0.35 * part;
    double lowerInner = Math.max(upperInner, y + 0.65 * part + 1.1 * a.jawDrop() - lowerPush);
    double upperThickness = layout.upperLip() * (1 - 0.45 * a.level(AU23) - 0.45 * a.level(AU24));
    double lowerThickness = layout.lowerLip()
        * (1 - 0.4 * a.level(AU23) - 0.45 * a.level(AU24) + 0.2 * a.level(AU17));
    return new MouthShape(halfWidth, cornerY, upperInner - upperThickness, upperInner, lowerInner,
        lowerInner + lowerThickness);
  }

  /** The x of a corner, -1 = image left, +1 = image right. */
  double cornerX(int side) {
    return CENTRE + side * halfWidth;
  }

  /** Whether the lips are apart by more than a hairline. */
  boolean open() {
    return lowerInner - upperInner > 0.3;
  }

  /**
   * The control height of a cubic from corner to corner, both controls at one height, that passes through
   * {@code midY} on the midline: its middle is (2 corner + 6 control) / 8.
   */
  double control(double midY) {
    return (8 * midY - 2 * cornerY) / 6;
  }
}
