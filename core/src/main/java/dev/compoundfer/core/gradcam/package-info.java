/**
 * Grad-CAM heat maps in the reference's guided variant (method.md §7), their overlay on the input image, and the
 * paper's qualitative claim turned into a number: how much a compound class's maps overlap those of its component
 * basic classes compared with the unrelated basic classes.
 */
package dev.compoundfer.core.gradcam;
