/** The teacher step: the basic-expression model, one epoch per chunk item. */
package dev.compoundfer.batch.teacher;
