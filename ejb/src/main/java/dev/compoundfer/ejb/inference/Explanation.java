package dev.compoundfer.ejb.inference;

import java.io.Serializable;

/**
 * A recognition with the Grad-CAM overlay of its label.
 *
 * @param recognition the answer, as {@link ExpressionRecognition#recognize} gives it
 * @param overlayPng the map of the predicted class drawn over the network's input (size x size pixels), PNG bytes
 */
public record Explanation(Recognition recognition, byte[] overlayPng) implements Serializable {}
