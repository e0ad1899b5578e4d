/**
 * The fewshot step: one partition per compound class and shot count, each learning the class from a few images on
 * a copy of the teacher; partitions run in parallel up to the experiment's thread limit.
 */
package dev.compoundfer.batch.fewshot;
