package dev.compoundfer.ejb.inference;

import java.io.Serializable;

/** A recognition with the Grad-CAM overlay of its label (a class, not a record: see {@link Recognition}). */
public final class Explanation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Recognition recognition;
  private final byte[] overlayPng;

  /**
   * @param recognition the answer, as {@link ExpressionRecognition#recognize} gives it
   * @param overlayPng the map of the predicted class drawn over the network's input (size x size pixels), PNG
   */
  public Explanation(Recognition recognition, byte[] overlayPng) {
    this.recognition = recognition;
    this.overlayPng = overlayPng.clone();
  }

  public Recognition getRecognition() {
    return recognition;
  }

  public byte[] getOverlayPng() {
    return overlayPng.clone();
  }
}
