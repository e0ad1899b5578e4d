/**
 * Few-shot learning of one compound class at a time (method.md §4): a fresh copy of the frozen teacher is expanded
 * to seven outputs and trained on n images of the new class with cross entropy plus distillation, then scored
 * honestly on all seven classes and, separately, with the reference's new-class-only figure.
 */
package dev.compoundfer.core.fewshot;
