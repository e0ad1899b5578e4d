/**
 * Joint training, the upper bound of the continual phase: one network learns all 21 non-neutral classes at once, with
 * the teacher's loop and network, and is scored on the held-out subjects.
 */
package dev.compoundfer.core.joint;
