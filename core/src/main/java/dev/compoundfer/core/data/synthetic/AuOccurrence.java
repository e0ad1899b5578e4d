package dev.compoundfer.core.data.synthetic;

import java.util.Objects;

/**
 * How often one action unit shows in one CFEE class and how strongly.
 *
 * @param actionUnit the action unit
 * @param frequency the share of subjects showing it, 0..1
 * @param meanIntensity its mean FACS intensity when shown, 1 (a, trace) .. 5 (e, maximum)
 */
public record AuOccurrence(ActionUnit actionUnit, double frequency, double meanIntensity) {
  public AuOccurrence {
    Objects.requireNonNull(actionUnit, "actionUnit");
    if (!(frequency > 0 && frequency <= 1)) {
      throw new IllegalArgumentException("frequency must be in (0, 1], was " + frequency);
    }
    if (!(meanIntensity >= 1 && meanIntensity <= ActionUnit.MAX_INTENSITY)) {
      throw new IllegalArgumentException("meanIntensity must be in [1, 5], was " + meanIntensity);
    }
  }
}
