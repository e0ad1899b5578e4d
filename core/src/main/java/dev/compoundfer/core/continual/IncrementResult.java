package dev.compoundfer.core.continual;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.ConfusionMatrix;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one increment achieved on the test images.
 *
 * @param step 1-based increment number (step 0 is the teacher)
 * @param learned the compound class learned
 * @param accuracyAllSeen accuracy over the test images of every class seen so far
 * @param newClassAccuracy recall of the new class
 * @param oldClassAccuracy accuracy over the test images of the classes seen before
 * @param perClassAccuracy recall per seen class
 * @param epochs epochs trained
 * @param seconds wall time of the increment
 * @param confusion arg-max predictions on the test images of every class seen so far (rows and columns in output
 *     order); null in checkpoints written before it was kept
 * @param imagesTrained training images the increment's optimiser steps went through (every repetition of every
 *     epoch); 0 in checkpoints written before it was kept
 */
public record IncrementResult(
    int step,
    Expression learned,
    double accuracyAllSeen,
    double newClassAccuracy,
    double oldClassAccuracy,
    Map<Expression, Double> perClassAccuracy,
    int epochs,
    double seconds,
    ConfusionMatrix confusion,
    long imagesTrained) {
  public IncrementResult {
    perClassAccuracy = Collections.unmodifiableMap(new LinkedHashMap<>(perClassAccuracy));
  }

  /** Training images per second of wall time, the increment's evaluation included; 0 when unknown. */
  public double imagesPerSecond() {
    return seconds <= 0 ? 0 : imagesTrained / seconds;
  }
}
