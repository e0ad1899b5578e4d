package dev.compoundfer.core.joint;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.ConfusionMatrix;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The jointly trained network on the test images.
 *
 * @param testAccuracy accuracy over all test images of the 21 non-neutral classes
 * @param perClassAccuracy recall per class on the test images
 * @param epochs epochs trained (the best validated epoch's weights are the ones scored)
 * @param trainSeconds wall time of training, validation included
 * @param imagesPerSecond training throughput of the training steps alone
 * @param confusion arg-max predictions on the test images, rows and columns in {@code Expression.nonNeutral()} order
 */
public record JointResult(
    double testAccuracy,
    Map<Expression, Double> perClassAccuracy,
    int epochs,
    double trainSeconds,
    double imagesPerSecond,
    ConfusionMatrix confusion) {
  public JointResult {
    perClassAccuracy = Collections.unmodifiableMap(new LinkedHashMap<>(perClassAccuracy));
  }
}
