/** What every step of the compound-fer job shares: its settings, the journal, progress and failure listeners. */
package dev.compoundfer.batch.experiment;
