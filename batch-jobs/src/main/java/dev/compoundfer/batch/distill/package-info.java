/** The distill step: Predictive Sorting selects each basic class's replay set, one class per chunk item. */
package dev.compoundfer.batch.distill;
