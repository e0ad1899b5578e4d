/** The prepare step: index the dataset (generating the synthetic one if asked), split subjects. */
package dev.compoundfer.batch.prepare;
