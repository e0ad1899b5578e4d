package dev.compoundfer.core.gradcam;

import java.util.Arrays;

/**
 * A class-activation map over the input image, {@code values[row][column]} in [0, 1] (min-max normalised), row 0 at
 * the top. A map whose raw values are all equal normalises to all zeros.
 *
 * @param values {@code (height, width)}, rectangular; copied on construction and on access
 */
public record HeatMap(float[][] values) {
  public HeatMap {
    if (values == null || values.length == 0 || values[0].length == 0) {
      throw new IllegalArgumentException("A heat map needs at least one value");
    }
    float[][] copy = new float[values.length][];
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != values[0].length) {
        throw new IllegalArgumentException("Row " + r + " has " + values[r].length + " values, row 0 " + values[0].length);
      }
      for (float v : values[r]) {
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException("Heat map values must be in [0, 1], found " + v);
        }
      }
      copy[r] = values[r].clone();
    }
    values = copy;
  }

  /** Resizes a raw map bilinearly to {@code height x width} (as {@code cv2.resize}), then min-max normalises it. */
  public static HeatMap fromRaw(float[][] raw, int height, int width) {
    return new HeatMap(normalised(resized(raw, height, width)));
  }

  @Override
  public float[][] values() {
    float[][] copy = new float[values.length][];
    for (int r = 0; r < values.length; r++) {
      copy[r] = values[r].clone();
    }
    return copy;
  }

  public int height() {
    return values.length;
  }

  public int width() {
    return values[0].length;
  }

  /** The value at a pixel. */
  public float at(int row, int column) {
    return values[row][column];
  }

  /**
   * Bilinear resize with pixel centres aligned ({@code cv2.INTER_LINEAR}, PyTorch {@code align_corners=False}):
   * source coordinate {@code (x + 0.5) * in / out - 0.5}, clamped to the edge pixels.
   */
  static float[][] resized(float[][] raw, int height, int width) {
    float[][] out = new float[height][width];
    for (int y = 0; y < height; y++) {
      int[] ys = new int[2];
      float fy = source(y, raw.length, height, ys);
      for (int x = 0; x < width; x++) {
        int[] xs = new int[2];
        float fx = source(x, raw[0].length, width, xs);
        float top = raw[ys[0]][xs[0]] * (1 - fx) + raw[ys[0]][xs[1]] * fx;
        float bottom = raw[ys[1]][xs[0]] * (1 - fx) + raw[ys[1]][xs[1]] * fx;
        out[y][x] = top * (1 - fy) + bottom * fy;
      }
    }
    return out;
  }

  /** Fills {@code index} with the two neighbouring source indices; returns the weight of the second. */
  private static float source(int target, int inSize, int outSize, int[] index) {
    double s = (target + 0.5) * inSize / outSize - 0.5;
    int low = (int) Math.floor(s);
    double fraction = s - low;
    if (low < 0) {
      low = 0;
      fraction = 0;
    }
    if (low >= inSize - 1) {
      low = inSize - 1;
      fraction = 0;
    }
    index[0] = low;
    index[1] = Math.min(low + 1, inSize - 1);
    return (float) fraction;
  }

  static float[][] normalised(float[][] raw) {
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (float[] row : raw) {
      for (float v : row) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    float range = max - min;
    float[][] out = new float[raw.length][];
    for (int r = 0; r < raw.length; r++) {
      out[r] = new float[raw[r].length];
      if (range > 0) {
        for (int c = 0; c < raw[r].length; c++) {
          out[r][c] = Math.min(1f, (raw[r][c] - min) / range);
        }
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HeatMap map && Arrays.deepEquals(values, map.values);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return "HeatMap[" + height() + "x" + width() + "]";
  }
}
