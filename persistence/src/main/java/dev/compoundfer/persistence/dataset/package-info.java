/** Datasets registered in the console: where they are, which reader reads them, what the last scan found. */
package dev.compoundfer.persistence.dataset;
