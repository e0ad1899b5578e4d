package dev.compoundfer.core.face;

import java.nio.file.Path;
import java.util.List;

/**
 * How a {@link CascadeFaceDetector} searches.
 *
 * @param cascade an OpenCV cascade XML file (Haar or LBP)
 * @param scaleFactor step between searched window sizes, above 1 (1.05 = 5% steps: slower, tighter boxes)
 * @param minNeighbors overlapping hits a face needs; 0 keeps every raw hit
 * @param minFaceFraction smallest face side searched, as a fraction of the shorter image side, in (0, 1]
 * @param rollRetries in-plane rotations in degrees tried, in order, when the upright image shows no face
 */
public record CascadeSettings(
    Path cascade, double scaleFactor, int minNeighbors, double minFaceFraction, List<Double> rollRetries) {
  /** Where Debian's {@code opencv-data} package installs OpenCV's cascades. */
  public static final Path DEBIAN_CASCADES = Path.of("/usr/share/opencv4/haarcascades");

  /** Viola-Jones' frontal face cascade, the one measured on synthetic faces (see the package tests). */
  public static final Path DEFAULT_CASCADE = DEBIAN_CASCADES.resolve("haarcascade_frontalface_default.xml");

  public CascadeSettings {
    if (cascade == null) {
      throw new IllegalArgumentException("cascade must not be null");
    }
    if (!(scaleFactor > 1 && scaleFactor <= 2)) {
      throw new IllegalArgumentException("scaleFactor must be in (1, 2], was " + scaleFactor);
    }
    if (minNeighbors < 0) {
      throw new IllegalArgumentException("minNeighbors must not be negative, was " + minNeighbors);
    }
    if (!(minFaceFraction > 0 && minFaceFraction <= 1)) {
      throw new IllegalArgumentException("minFaceFraction must be in (0, 1], was " + minFaceFraction);
    }
    rollRetries = List.copyOf(rollRetries);
  }

  /** The default cascade, 5% steps, 2 neighbours, faces from a tenth of the image, retries at ±15 and ±30 degrees. */
  public static CascadeSettings defaults() {
    return new CascadeSettings(DEFAULT_CASCADE, 1.05, 2, 0.1, List.of(15.0, -15.0, 30.0, -30.0));
  }

  public CascadeSettings withCascade(Path cascade) {
    return new CascadeSettings(cascade, scaleFactor, minNeighbors, minFaceFraction, rollRetries);
  }

  public CascadeSettings withMinNeighbors(int minNeighbors) {
    return new CascadeSettings(cascade, scaleFactor, minNeighbors, minFaceFraction, rollRetries);
  }

  public CascadeSettings withRollRetries(List<Double> rollRetries) {
    return new CascadeSettings(cascade, scaleFactor, minNeighbors, minFaceFraction, rollRetries);
  }
}
