/**
 * What every training phase shares: the training image, the knobs, the epoch summary, augmentation, early stopping
 * and the scoped DJL training step.
 */
package dev.compoundfer.core.training;
