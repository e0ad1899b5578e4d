package dev.compoundfer.ejb.experiment;

import java.io.Serializable;

/**
 * One cell of the accuracy matrix.
 *
 * @param step 0 = teacher, i = after the i-th increment
 * @param expression the class evaluated
 * @param accuracy its test accuracy (recall) at that step
 */
public record AccuracyCellView(int step, String expression, double accuracy) implements Serializable {}
