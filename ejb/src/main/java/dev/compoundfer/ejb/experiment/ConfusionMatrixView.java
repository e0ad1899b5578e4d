package dev.compoundfer.ejb.experiment;

import java.io.Serializable;
import java.util.List;

/**
 * A model's confusion matrix on the test images.
 *
 * @param step 0 = the teacher, i = the model after the i-th increment
 * @param classes the model's output order (lower-case names)
 * @param counts {@code counts[true][predicted]}, indexed like {@code classes}
 */
public record ConfusionMatrixView(int step, List<String> classes, int[][] counts) implements Serializable {}
