package dev.compoundfer.core.face;

import java.awt.image.BufferedImage;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Turns a Java image of any type into the 8-bit grey OpenCV matrix cascades read. */
final class GreyMat {
  private GreyMat() {}

  /** A new {@code height x width} CV_8UC1 matrix with ITU-R BT.601 luma; the caller releases it. */
  static Mat of(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
    byte[] grey = new byte[rgb.length];
    for (int i = 0; i < rgb.length; i++) {
      int p = rgb[i];
      grey[i] = (byte) ((((p >> 16) & 0xff) * 299 + ((p >> 8) & 0xff) * 587 + (p & 0xff) * 114) / 1000);
    }
    Mat mat = new Mat(height, width, CvType.CV_8UC1);
    mat.put(0, 0, grey);
    return mat;
  }
}
