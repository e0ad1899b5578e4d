/**
 * The expression network: a convolutional backbone with the reference head (global max pool, 512 and 32 sigmoid
 * units) and a classifier that can grow by one output row per learned compound class.
 */
package dev.compoundfer.core.network;
