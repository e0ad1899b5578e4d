/** The continual step: one compound-class increment per chunk item. */
package dev.compoundfer.batch.continual;
