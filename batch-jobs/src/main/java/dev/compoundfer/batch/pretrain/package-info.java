/**
 * The optional pretrain step: a backbone pretrained one epoch per chunk item before the teacher, registered, and
 * the teacher's starting point.
 */
package dev.compoundfer.batch.pretrain;
