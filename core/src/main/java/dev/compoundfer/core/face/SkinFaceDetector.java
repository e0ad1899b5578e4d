package dev.compoundfer.core.face;

import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A colour detector: the face is a region of skin-coloured pixels ({@link SkinMap}) shaped like a face, and its box
 * is the span of the region's wide rows (the neck below is narrower), scaled by factors measured on synthetic faces.
 *
 * <p><b>Made for the rendered faces of {@code core.data.synthetic}</b>, whose skin is flat and clearly coloured. On
 * real photos a skin rule also accepts hands, arms, wood and sand, and merges a face with a skin-coloured
 * background; there the {@link CascadeFaceDetector} comes first and this detector only refines or backs it up (see
 * {@link ChainFaceDetector}). Not measured on CFEE photos. Thread-safe: it keeps no state.
 */
public final class SkinFaceDetector implements FaceDetector {
  // Measured on 55 pasted synthetic faces (seed 7, apart from the tests' seed): the head outline is 0.9 times the
  // wide rows' width and 1.08 times their height, about centred on them (spread 0.07 and 0.15).
  private static final double WIDTH_RATIO = 0.9;
  private static final double HEIGHT_RATIO = 1.08;
  // A row belongs to the face while at least this share of the widest row wide.
  private static final double WIDE_ROW = 0.55;

  @Override
  public Optional<FaceBox> detect(BufferedImage image) {
    SkinMap map = SkinMap.of(image);
    int minSide = Math.min(image.getWidth(), image.getHeight());
    return SkinBlob.find(map, minSide * minSide / 100).stream()
        .filter(SkinFaceDetector::looksLikeAFace)
        .max(Comparator.comparingInt(SkinBlob::area))
        .map(SkinFaceDetector::faceBox)
        .filter(box -> box.width() >= minSide / 10);
  }

  /**
   * The face box of the skin region around the centre of a box found by another detector, looking only within
   * {@code reach} times that box (so that a skin-coloured background further away stays apart).
   */
  static Optional<FaceBox> around(BufferedImage image, FaceBox found, double reach) {
    int width = (int) Math.round(found.width() * reach);
    int height = (int) Math.round(found.height() * reach);
    FaceBox window = new FaceBox((int) Math.round(found.centreX() - width / 2.0),
        (int) Math.round(found.centreY() - height / 2.0), width, height);
    Optional<FaceBox> inside = window.clippedTo(image.getWidth(), image.getHeight());
    if (inside.isEmpty()) {
      return Optional.empty();
    }
    FaceBox w = inside.get();
    BufferedImage part = image.getSubimage(w.x(), w.y(), w.width(), w.height());
    int centreX = (int) found.centreX() - w.x();
    int centreY = (int) found.centreY() - w.y();
    List<SkinBlob> blobs = SkinBlob.find(SkinMap.of(part), found.width() * found.height() / 10);
    return blobs.stream()
        .filter(blob -> blob.contains(centreX, centreY))
        .findFirst()
        .map(SkinFaceDetector::faceBox)
        .map(box -> new FaceBox(box.x() + w.x(), box.y() + w.y(), box.width(), box.height()));
  }

  @Override
  public String description() {
    return "skin-colour chai-ngan wide-row " + WIDE_ROW + " ratios " + WIDTH_RATIO + "x" + HEIGHT_RATIO;
  }

  // Fairly compact, with a few enclosed holes (eyes, brows, mouth) but mostly skin, about as tall as wide.
  private static boolean looksLikeAFace(SkinBlob blob) {
    int top = blob.top();
    int bottom = top + blob.rows();
    int left = Integer.MAX_VALUE;
    int right = 0;
    for (int row = 0; row < blob.rows(); row++) {
      left = Math.min(left, blob.left(row));
      right = Math.max(right, blob.right(row));
    }
    double fill = (double) blob.area() / ((double) (right - left + 1) * (bottom - top));
    double holes = (double) blob.holes() / (blob.area() + blob.holes());
    FaceBox box = faceBox(blob);
    double aspect = (double) box.height() / box.width();
    return fill >= 0.55 && fill <= 0.95 && holes >= 0.004 && holes <= 0.2 && aspect >= 0.8 && aspect <= 1.8;
  }

  // The span of the rows at least WIDE_ROW of the widest, scaled to the head outline about its centre.
  private static FaceBox faceBox(SkinBlob blob) {
    int widest = 0;
    for (int row = 0; row < blob.rows(); row++) {
      widest = Math.max(widest, blob.width(row));
    }
    int first = -1;
    int last = -1;
    int left = Integer.MAX_VALUE;
    int right = -1;
    for (int row = 0; row < blob.rows(); row++) {
      if (blob.width(row) >= WIDE_ROW * widest) {
        first = first < 0 ? row : first;
        last = row;
      }
    }
    for (int row = first; row <= last; row++) {
      left = Math.min(left, blob.left(row));
      right = Math.max(right, blob.right(row));
    }
    double centreX = (left + right + 1) / 2.0;
    double centreY = blob.top() + (first + last + 1) / 2.0;
    int width = Math.max(1, (int) Math.round(WIDTH_RATIO * (right - left + 1)));
    int height = Math.max(1, (int) Math.round(HEIGHT_RATIO * (last - first + 1)));
    return new FaceBox((int) Math.round(centreX - width / 2.0), (int) Math.round(centreY - height / 2.0),
        width, height);
  }
}
