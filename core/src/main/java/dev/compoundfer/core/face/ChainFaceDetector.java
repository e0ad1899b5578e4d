package dev.compoundfer.core.face;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The cascade first, checked and tightened by skin colour, with the colour detector as a last resort:
 *
 * <ol>
 *   <li>{@link CascadeFaceDetector} candidates, upright and then at each roll retry, most supported first;
 *   <li>a candidate counts only if its cheeks (the lower middle of the box) are mostly skin ({@link SkinMap}) and
 *       the skin region around it ({@link SkinFaceDetector#around}) roughly agrees with it in place and size;
 *   <li>the first that counts is returned as the mean of the cascade box and the skin-region box (the cascade box
 *       alone when the region is much larger, having taken in long hair or background);
 *   <li>when none counts, {@link SkinFaceDetector} on the whole image;
 *   <li>when that finds nothing either, the first candidate with skin cheeks whose region disagreed (its face
 *       merged with a skin-coloured background).
 * </ol>
 *
 * <p>On real photos the cascade does the finding and the skin check only rejects hits on non-skin clutter; a face
 * in grey-scale or under strongly coloured light fails the check and falls to the colour detector, which is not
 * made for photos. On the pasted synthetic faces of the tests, see {@code ChainFaceDetectorTest} and
 * docs/benchmarks.md. Not yet measured on CFEE photos. Thread-safe as far as the cascade is.
 */
public final class ChainFaceDetector implements FaceDetector {
  /** Least skin share of a candidate's cheeks. */
  static final double MIN_CHEEK_SKIN = 0.6;
  /** Least IoU between a candidate and the skin region around it. */
  static final double MIN_AGREEMENT = 0.5;
  /** Largest area of the skin region, in candidate areas, still averaged into the box. */
  static final double MAX_REGION_GROWTH = 1.3;
  // How far around a candidate the skin region is looked for, in candidate boxes.
  private static final double REACH = 1.6;

  private final CascadeFaceDetector cascade;
  private final SkinFaceDetector colour = new SkinFaceDetector();

  public ChainFaceDetector(CascadeFaceDetector cascade) {
    this.cascade = cascade;
  }

  /** The default cascade, keeping every hit (1 neighbour) since the skin check weeds out the stray ones. */
  public static ChainFaceDetector withDefaults() {
    return new ChainFaceDetector(new CascadeFaceDetector(CascadeSettings.defaults().withMinNeighbors(1)));
  }

  @Override
  public Optional<FaceBox> detect(BufferedImage image) {
    SkinMap skin = SkinMap.of(image);
    FaceBox skinCheeked = null;
    for (double degrees : cascade.angles()) {
      for (FaceBox candidate : cascade.candidates(image, degrees)) {
        if (cheekSkin(skin, candidate) < MIN_CHEEK_SKIN) {
          continue;
        }
        Optional<FaceBox> region = SkinFaceDetector.around(image, candidate, REACH);
        if (region.isPresent() && region.get().iou(candidate) >= MIN_AGREEMENT) {
          return Optional.of(tighten(candidate, region.get()));
        }
        skinCheeked = skinCheeked == null ? candidate : skinCheeked;
      }
    }
    Optional<FaceBox> byColour = colour.detect(image);
    return byColour.isPresent() ? byColour : Optional.ofNullable(skinCheeked);
  }

  @Override
  public String description() {
    return "chain [" + cascade.description() + "] checked by [" + colour.description() + "] cheeks "
        + MIN_CHEEK_SKIN + " agreement " + MIN_AGREEMENT + " growth " + MAX_REGION_GROWTH + " reach " + REACH;
  }

  private static double cheekSkin(SkinMap skin, FaceBox candidate) {
    return skin.fraction(candidate.x() + candidate.width() / 5, candidate.y() + candidate.height() / 2,
        candidate.width() * 3 / 5, candidate.height() * 3 / 10);
  }

  // The mean of both boxes, unless the skin region is much the larger: then it has taken in long hair or a
  // skin-coloured background and the cascade box alone is the better guess.
  private static FaceBox tighten(FaceBox candidate, FaceBox region) {
    return region.area() > MAX_REGION_GROWTH * candidate.area() ? candidate : mean(candidate, region);
  }

  private static FaceBox mean(FaceBox a, FaceBox b) {
    int left = Math.round((a.x() + b.x()) / 2f);
    int top = Math.round((a.y() + b.y()) / 2f);
    int right = Math.round((a.x() + a.width() + b.x() + b.width()) / 2f);
    int bottom = Math.round((a.y() + a.height() + b.y() + b.height()) / 2f);
    return new FaceBox(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
  }
}
