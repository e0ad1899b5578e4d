package dev.compoundfer.core.teacher;

import dev.compoundfer.core.training.EarlyStopping;

/**
 * The teacher checkpoint's metadata.
 *
 * @param epochsDone epochs completed
 * @param earlyStopping early-stopping state after the last epoch
 * @param finished whether training ended
 */
record TeacherProgress(int epochsDone, EarlyStopping.State earlyStopping, boolean finished) {}
