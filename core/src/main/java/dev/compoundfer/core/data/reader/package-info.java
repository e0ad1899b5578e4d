/**
 * Dataset readers: a CSV manifest, one folder per class, or CFEE's original layout, each turned into a {@code
 * LoadedDataset} that keeps every good sample and reports every skipped file with a one-sentence reason.
 */
package dev.compoundfer.core.data.reader;
