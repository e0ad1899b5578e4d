package dev.compoundfer.core.face;

import java.util.ArrayList;
import java.util.List;

/**
 * One 4-connected region of skin pixels in a {@link SkinMap}, summarised row by row: where each row's skin starts
 * and ends, and how many non-skin pixels lie between (eyes, brows, nostrils and lips make these holes in a face).
 */
final class SkinBlob {
  private final int top;
  private final int[] left;
  private final int[] right;
  private final int area;
  private final int holes;

  private SkinBlob(int top, int[] left, int[] right, int area, int holes) {
    this.top = top;
    this.left = left;
    this.right = right;
    this.area = area;
    this.holes = holes;
  }

  /** The regions of at least {@code minArea} pixels. */
  static List<SkinBlob> find(SkinMap map, int minArea) {
    int w = map.width();
    int h = map.height();
    int[] label = new int[w * h];
    int[] queue = new int[w * h];
    List<SkinBlob> blobs = new ArrayList<>();
    int next = 0;
    for (int start = 0; start < w * h; start++) {
      if (label[start] != 0 || !map.skin(start % w, start / w)) {
        continue;
      }
      next++;
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      label[start] = next;
      while (head < tail) {
        int p = queue[head++];
        int x = p % w;
        int y = p / w;
        int[] neighbours = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
        for (int q : neighbours) {
          if (q >= 0 && label[q] == 0 && map.skin(q % w, q / w)) {
            label[q] = next;
            queue[tail++] = q;
          }
        }
      }
      if (tail >= minArea) {
        blobs.add(summarise(label, next, queue, tail, w, map));
      }
    }
    return blobs;
  }

  private static SkinBlob summarise(int[] label, int id, int[] pixels, int count, int w, SkinMap map) {
    int top = Integer.MAX_VALUE;
    int bottom = -1;
    for (int i = 0; i < count; i++) {
      top = Math.min(top, pixels[i] / w);
      bottom = Math.max(bottom, pixels[i] / w);
    }
    int[] left = new int[bottom - top + 1];
    int[] right = new int[bottom - top + 1];
    java.util.Arrays.fill(left, Integer.MAX_VALUE);
    java.util.Arrays.fill(right, -1);
    for (int i = 0; i < count; i++) {
      int row = pixels[i] / w - top;
      left[row] = Math.min(left[row], pixels[i] % w);
      right[row] = Math.max(right[row], pixels[i] % w);
    }
    int holes = 0;
    for (int row = 0; row < left.length; row++) {
      for (int x = left[row]; x <= right[row]; x++) {
        holes += label[(top + row) * w + x] == id ? 0 : 1;
      }
    }
    return new SkinBlob(top, left, right, count, holes);
  }

  int top() {
    return top;
  }

  int rows() {
    return left.length;
  }

  int left(int row) {
    return left[row];
  }

  int right(int row) {
    return right[row];
  }

  /** The width of a row's span, 0 for a row outside the blob. */
  int width(int row) {
    return row < 0 || row >= left.length ? 0 : right[row] - left[row] + 1;
  }

  int area() {
    return area;
  }

  /** Non-skin pixels enclosed between the first and last skin pixel of their row. */
  int holes() {
    return holes;
  }

  boolean contains(int x, int y) {
    int row = y - top;
    return row >= 0 && row < left.length && x >= left[row] && x <= right[row];
  }
}
