package dev.compoundfer.core.training;

import java.util.List;

/** Packs images into one flat batch array. */
public final class Batches {

  private Batches() {}

  /** Concatenates images of {@code pixelsPerImage} floats each: {@code (N * C * H * W)}. */
  public static float[] stack(List<float[]> images, int pixelsPerImage) {
    float[] out = new float[images.size() * pixelsPerImage];
    for (int i = 0; i < images.size(); i++) {
      float[] image = images.get(i);
      if (image.length != pixelsPerImage) {
        throw new IllegalArgumentException(
            "Image " + i + " has " + image.length + " floats, expected " + pixelsPerImage);
      }
      System.arraycopy(image, 0, out, i * pixelsPerImage, pixelsPerImage);
    }
    return out;
  }
}
