/**
 * Replay memory: which training images of each learned class are kept, and Predictive Sorting, which chooses them by
 * the model's raw logit for the class.
 */
package dev.compoundfer.core.replay;
