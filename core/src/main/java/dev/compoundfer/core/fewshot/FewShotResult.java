package dev.compoundfer.core.fewshot;

import dev.compoundfer.core.data.Expression;
import java.util.Objects;

/**
 * The outcome of one {@link FewShotEpisode}, scored on test images of subjects that were neither trained on nor used
 * for early stopping.
 *
 * @param compound the class learned
 * @param shots training images of it
 * @param sevenWayAccuracy honest figure: arg-max over the 7 outputs on test images of the new class and of the 6
 *     basic classes, share right
 * @param newClassRecall the reference's figure (method.md §4 step 6): share of the new class's test images whose
 *     arg-max is the new class; a model that always answers the new class scores 1.0 here
 * @param basicAccuracy arg-max over the 7 outputs on the basic test images only (answering the new class is wrong)
 * @param epochs epochs trained before early stopping or the limit
 * @param seconds wall time of the episode
 * @param imagesTrained training images its steps went through (shot repeats and, for {@link FewShotMethod#REPLAY},
 *     the basic replay images), for throughput
 */
public record FewShotResult(
    Expression compound,
    int shots,
    double sevenWayAccuracy,
    double newClassRecall,
    double basicAccuracy,
    int epochs,
    double seconds,
    long imagesTrained) {
  public FewShotResult {
    Objects.requireNonNull(compound, "compound");
    share("sevenWayAccuracy", sevenWayAccuracy);
    share("newClassRecall", newClassRecall);
    share("basicAccuracy", basicAccuracy);
  }

  private static void share(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
    }
  }
}
