/**
 * Continual learning of the compound classes, one increment at a time: classifier expansion, distillation from the
 * frozen teacher, Predictive Sorting memory replay, evaluation of every seen class and resumable checkpoints.
 */
package dev.compoundfer.core.continual;
