package dev.compoundfer.core.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaceBoxTest {
  @Test
  void iouIsOverlapDividedByCombinedArea() {
    FaceBox a = new FaceBox(0, 0, 10, 10);
    FaceBox b = new FaceBox(5, 0, 10, 10);

    double iou = a.iou(b);

    assertEquals(50.0 / 150.0, iou, 1e-12, "overlap 5x10 = 50, union 100 + 100 - 50 = 150");
  }

  @Test
  void iouIsOneForTheSameBoxAndZeroForDisjointBoxes() {
    FaceBox a = new FaceBox(3, 4, 20, 30);

    assertEquals(1.0, a.iou(a), 1e-12);
    assertEquals(0.0, a.iou(new FaceBox(23, 4, 5, 5)), 1e-12);
  }

  @Test
  void clippingKeepsThePartInsideTheImage() {
    FaceBox box = new FaceBox(-5, 90, 20, 20);

    assertEquals(Optional.of(new FaceBox(0, 90, 15, 10)), box.clippedTo(100, 100));
    assertEquals(Optional.empty(), new FaceBox(100, 0, 5, 5).clippedTo(100, 100));
  }

  @Test
  void rejectsAnEmptyBox() {
    assertThrows(IllegalArgumentException.class, () -> new FaceBox(0, 0, 0, 5));
  }
}
