package dev.compoundfer.core.teacher;

import dev.compoundfer.core.training.EarlyStopping;

/**
 * The teacher checkpoint's metadata.
 *
 * @param epochsDone epochs completed
 * @param earlyStopping early-stopping state after the last epoch
 * @param finished whether training ended
 * @param headEpochsDone epochs of the head stage once fine-tuning began; 0 while it runs or with a single stage
 */
record TeacherProgress(int epochsDone, EarlyStopping.State earlyStopping, boolean finished, int headEpochsDone) {}
