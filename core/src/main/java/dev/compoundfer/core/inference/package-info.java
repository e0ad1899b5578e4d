/** A saved expression model on disk and its use for prediction. */
package dev.compoundfer.core.inference;
