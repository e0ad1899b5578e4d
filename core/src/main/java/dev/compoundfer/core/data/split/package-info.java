/**
 * Subject-independent splits: train, validation and test sets of subjects that never share a person, made by seeded
 * k-fold, by the reference method's contiguous ten folds, or taken from a manifest.
 */
package dev.compoundfer.core.data.split;
