package dev.compoundfer.batch.pretrain;

import dev.compoundfer.core.pretrain.PretrainTraining;

/**
 * What the pretrain step's reader hands its processor and writer.
 *
 * @param training the run
 * @param data what it learns from, e.g. {@code synthetic(subjects=9, seed=8, difficulty=1.0)}
 * @param images how many source images
 */
record PretrainRun(PretrainTraining training, String data, int images) {}
