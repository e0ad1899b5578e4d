package dev.compoundfer.ejb.experiment;

import java.io.Serializable;

/**
 * One few-shot episode's outcome on the test subjects.
 *
 * @param compound the compound class learned (lower-case name)
 * @param shots training images of it
 * @param seed the episode's seed (chooses the shots)
 * @param sevenWayAccuracy share right over the test images of the new class and the six basic classes
 * @param newClassRecall share of the new class's test images predicted as it (the reference's figure)
 * @param basicAccuracy share right over the basic test images alone
 * @param epochs epochs trained
 * @param seconds wall time of the episode
 */
public record FewShotResultView(
    String compound, int shots, long seed, double sevenWayAccuracy, double newClassRecall, double basicAccuracy,
    int epochs, double seconds)
    implements Serializable {}
