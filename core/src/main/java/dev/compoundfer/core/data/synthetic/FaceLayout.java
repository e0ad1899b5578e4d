package dev.compoundfer.core.data.synthetic;

/**
 * Where a subject's features sit at rest, in face units on a 100 x 100 canvas centred on (50, 50). The painters
 * move features from here according to the action units.
 *
 * @param headHalfWidth half the head width
 * @param headHalfHeight half the head height (at rest, before any jaw drop)
 * @param headCentreY vertical centre of the head
 * @param eyeY height of the eye corners
 * @param eyeOffset horizontal distance of each eye centre from the midline
 * @param eyeHalfWidth half the eye width
 * @param eyeOpening height of the upper lid apex above the eye corners
 * @param browY height of the brows
 * @param browThickness brow stroke width
 * @param noseY height of the nose tip
 * @param noseHalfWidth half the width of the nostril wings
 * @param mouthY height of the line where the lips meet
 * @param mouthHalfWidth half the mouth width
 * @param upperLip upper lip thickness
 * @param lowerLip lower lip thickness
 */
record FaceLayout(
    double headHalfWidth, double headHalfHeight, double headCentreY,
    double eyeY, double eyeOffset, double eyeHalfWidth, double eyeOpening,
    double browY, double browThickness, double noseY, double noseHalfWidth,
    double mouthY, double mouthHalfWidth, double upperLip, double lowerLip) {

  /** The canvas centre, also the facial midline. */
  static final double CENTRE = 50;

  /** The rest layout of a subject. */
  static FaceLayout of(Identity id) {
    double headCentreY = 47;
    double eyeY = headCentreY - 1;
    double browY = eyeY - 7.5 - 2.5 * id.browHeight();
    double noseY = eyeY + 14 + 3.5 * id.noseLength();
    return new FaceLayout(
        31 + 5 * id.faceWidth(), 38 + 5 * id.faceHeight(), headCentreY,
        eyeY, 13 + 3 * id.eyeSpacing(), 6 + 1.5 * id.eyeSize(), 2.7 + 0.8 * id.eyeSize(),
        browY, 2.1 + 1.6 * id.browThickness(), noseY, 3.6 + 2 * id.noseWidth(),
        noseY + 9, 10.5 + 3 * id.mouthWidth(), 2 + 1.6 * id.lipFullness(), 2.6 + 2 * id.lipFullness());
  }

  /** The x of the centre of the eye on a side, -1 = image left, +1 = image right. */
  double eyeX(int side) {
    return CENTRE + side * eyeOffset;
  }

  /** The y of the chin for a given jaw drop. */
  double chinY(double jawDrop) {
    return headCentreY + headHalfHeight + jawDrop;
  }
}
