/** The teacher: the network trained on the six basic expressions, later frozen for distillation. */
package dev.compoundfer.core.teacher;
