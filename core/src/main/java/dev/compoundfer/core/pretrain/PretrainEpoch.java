package dev.compoundfer.core.pretrain;

/**
 * One finished pretraining epoch.
 *
 * @param epoch 1-based
 * @param loss mean batch loss
 * @param seconds wall time of its steps, augmentation included
 * @param imagesPerSecond source images per second
 */
public record PretrainEpoch(int epoch, double loss, double seconds, double imagesPerSecond) {}
