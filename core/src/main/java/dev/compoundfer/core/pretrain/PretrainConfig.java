package dev.compoundfer.core.pretrain;

import dev.compoundfer.core.network.Backbones;

/**
 * The knobs of a pretraining run.
 *
 * @param backbone network name (see {@link Backbones#NAMES}); the teacher must use the same
 * @param imageSize input height and width in pixels; the teacher must use the same
 * @param channels 1 or 3
 * @param batchSize source images per step (contrastive: twice as many views)
 * @param epochs passes over the images
 * @param learningRate Adam learning rate
 * @param seed seed of weights, shuffling, augmentation and dropout
 * @param device {@code cpu}, {@code gpu} or {@code auto}
 */
public record PretrainConfig(
    String backbone, int imageSize, int channels, int batchSize, int epochs, double learningRate, long seed,
    String device) {

  public PretrainConfig {
    if (!Backbones.isKnown(backbone)) {
      throw new IllegalArgumentException("backbone must be one of " + Backbones.NAMES + ", was " + backbone);
    }
    if (imageSize < 8) {
      throw new IllegalArgumentException("imageSize must be at least 8, was " + imageSize);
    }
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
    }
    if (batchSize < 2) {
      throw new IllegalArgumentException("batchSize must be at least 2, was " + batchSize);
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learningRate must be > 0, was " + learningRate);
    }
  }
}
