/**
 * Finding the face in a photo and cutting it out: detectors, the square crop with a margin that every network input
 * starts from, and an on-disk cache of crops keyed by image content.
 *
 * <p>Detectors: {@link dev.compoundfer.core.face.CascadeFaceDetector} (OpenCV Viola-Jones, the primary detector,
 * made for real photos), {@link dev.compoundfer.core.face.SkinFaceDetector} (skin colour and shape, made for the
 * rendered synthetic faces) and {@link dev.compoundfer.core.face.ChainFaceDetector} (the cascade checked and
 * tightened by skin colour, the colour detector as a last resort).
 */
package dev.compoundfer.core.face;
