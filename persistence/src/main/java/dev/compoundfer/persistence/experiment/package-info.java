/** Experiments: their parameters, life cycle, live progress and per-increment results. */
package dev.compoundfer.persistence.experiment;
