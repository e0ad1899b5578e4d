/**
 * Synthetic CFEE-like faces: cartoon faces drawn with Java2D whose action units are sampled from CFEE's per-class
 * AU statistics, so that tests and demos can run end to end without the licensed dataset.
 */
package dev.compoundfer.core.data.synthetic;
