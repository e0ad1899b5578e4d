package dev.compoundfer.core.data.synthetic;

/**
 * How much of the subject an image shows, as the zoom and the vertical centre of the {@link FaceRenderer}'s view on
 * the 100 x 100 face-unit canvas.
 */
public enum Framing {
  /**
   * A portrait: the whole head with hair, ears and neck, the crown at the top edge. What a face detector gets to
   * search in before cropping (the detector tests paste these into scenes).
   */
  HEAD(1.02, 51),
  /**
   * A tight face crop: from the lower forehead (raised brows, the lower forehead wrinkles) to the chin, the outer
   * cheeks cut; no ears, neck or hair line. A dropped jaw pushes the chin out of the bottom edge, the open mouth stays
   * in. Close to what the network sees of a real photo: the reference crops CFEE with RetinaFace and no margin
   * (method.md, 1.4). The expression gets 1.57 times the pixels of {@link #HEAD} in each direction, which the 21-class
   * calibration needs at the default 32 pixels (docs/benchmarks.md, "Synthetic dataset calibration").
   */
  FACE(1.6, 58);

  private final double zoom;
  private final double centreY;

  Framing(double zoom, double centreY) {
    this.zoom = zoom;
    this.centreY = centreY;
  }

  /** Image widths per 100 face units: 1 shows the whole canvas, more shows less of it larger. */
  double zoom() {
    return zoom;
  }

  /** The face-unit height drawn at the image centre (the eyes are at about 46, the mouth at 71, the chin at 88). */
  double centreY() {
    return centreY;
  }
}
