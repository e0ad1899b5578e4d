package dev.compoundfer.core.continual;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.AccuracyMatrix;
import dev.compoundfer.core.replay.ReplayEntry;
import java.util.List;

/**
 * The continual checkpoint's metadata: everything but the student's parameters.
 *
 * @param learned classes in output-index order
 * @param memoryPerClass current m
 * @param memory replay entries
 * @param matrix accuracy rows, step 0 = teacher
 * @param results finished increments
 */
record ContinualProgress(
    List<Expression> learned,
    int memoryPerClass,
    List<ReplayEntry> memory,
    List<AccuracyMatrix.Row> matrix,
    List<IncrementResult> results) {}
