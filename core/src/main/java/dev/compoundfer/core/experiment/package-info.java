/**
 * An experiment's work folder: which dataset and subject split it uses, its examples, models and accuracy matrix.
 * What the job's steps share between them, and what a restart finds again.
 */
package dev.compoundfer.core.experiment;
