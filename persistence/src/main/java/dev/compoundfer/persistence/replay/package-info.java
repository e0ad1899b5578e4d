/** Replay sets: the basic-class images Predictive Sorting keeps, with their scores and ranks. */
package dev.compoundfer.persistence.replay;
