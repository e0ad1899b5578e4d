package dev.compoundfer.core.data.synthetic;

import java.util.Map;
import java.util.Objects;

/**
 * The intensities of the action units shown in one image, 0 (absent) .. 5 (maximum), read by the painters as
 * levels 0..1. Absent units read as 0.
 */
final class Activation {
  private final double[] intensities = new double[ActionUnit.values().length];

  private Activation(Map<ActionUnit, Double> intensities) {
    intensities.forEach((au, intensity) -> {
      Objects.requireNonNull(au, "action unit");
      if (intensity == null || !(intensity >= 0 && intensity <= ActionUnit.MAX_INTENSITY)) {
        throw new IllegalArgumentException(au + " intensity must be in [0, 5], was " + intensity);
      }
      this.intensities[au.ordinal()] = intensity;
    });
  }

  /** The activation for a map of intensities; rejects intensities outside 0..5. */
  static Activation of(Map<ActionUnit, Double> intensities) {
    return new Activation(intensities);
  }

  /**
   * The unit's intensity as a level 0..1: {@code sqrt(intensity / 5)}. FACS intensities A..E are ordinal, and even
   * A (trace) is a visible change; a linear map drew CFEE's typical intensities 2..3 at 40-60 % of the full
   * movement, one pixel or less at 32 px. The square root keeps 0 and 5 and shows 2..3 at 63-77 %.
   */
  double level(ActionUnit au) {
    return Math.sqrt(intensities[au.ordinal()] / ActionUnit.MAX_INTENSITY);
  }

  /** How far the chin moves down, in face units: mostly the jaw drop, a little for parted lips. */
  double jawDrop() {
    return 9.0 * level(ActionUnit.AU26) + 0.8 * level(ActionUnit.AU25);
  }
}
