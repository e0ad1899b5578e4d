/** Accuracy as values: per-class accuracy of one evaluation, and the accuracy matrix over increments. */
package dev.compoundfer.core.metrics;
