/**
 * Turning untrusted image bytes into pixels: bounded decoding that rejects corrupt, truncated and oversized files
 * before they cost memory, and conversion of a decoded image to the network's CHW float layout.
 */
package dev.compoundfer.core.data.image;
