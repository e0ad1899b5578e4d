/**
 * Knowledge distillation from the frozen basic-expression teacher: the distillation loss with zero-padded teacher
 * logits and the gamma schedule that weights it against cross entropy.
 */
package dev.compoundfer.core.distillation;
