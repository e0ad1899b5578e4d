/** Datasets of labelled face images: expression classes, samples, readers, the synthetic generator and splits. */
package dev.compoundfer.core.data;
