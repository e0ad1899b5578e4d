/**
 * Finding the face in a photo and cutting it out: detectors, the square crop with a margin that every network input
 * starts from, and an on-disk cache of crops keyed by image content.
 */
package dev.compoundfer.core.face;
