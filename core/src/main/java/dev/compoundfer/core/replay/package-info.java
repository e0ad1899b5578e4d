/**
 * Replay memory: which training images of each learned class are kept, and the selection policies that rank them
 * best first: Predictive Sorting (the model's raw logit for the class), random selection and herding (ablations).
 */
package dev.compoundfer.core.replay;
