package dev.compoundfer.ejb.experiment;

import java.io.Serializable;

/**
 * An image kept in the replay memory.
 *
 * @param expression the basic class it stands for
 * @param sample the image (its reference in the dataset)
 * @param score the teacher's logit for the class (Predictive Sorting keeps the highest)
 * @param rank 1 = the best-scored image of its class
 */
public record ReplaySampleView(String expression, String sample, double score, int rank) implements Serializable {}
