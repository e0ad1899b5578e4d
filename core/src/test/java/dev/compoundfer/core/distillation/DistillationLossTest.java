package dev.compoundfer.core.distillation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.compoundfer.core.training.CrossEntropy;
import dev.compoundfer.core.training.Gradients;
import org.junit.jupiter.api.Test;

class DistillationLossTest {

  @Test
  void matchesHandWorkedValuesWithZeroPaddedTeacherLogits() {
    try (NDManager manager = NDManager.newBaseManager()) {
      // Given teacher logits [2 ln 3, 0] padded to 3 classes and T = 2: softmax([ln 3, 0, 0]) = [3/5, 1/5, 1/5]
      NDArray teacher = manager.create(new float[] {(float) (2 * Math.log(3)), 0f}, new Shape(1, 2));
      NDArray padded = DistillationLoss.padded(teacher, 3);
      assertArrayEquals(new float[] {(float) (2 * Math.log(3)), 0f, 0f}, padded.toFloatArray());

      // When the student's logits are [2 ln 2, 0, 0]: softmax([ln 2, 0, 0]) = [1/2, 1/4, 1/4]
      NDArray student = manager.create(new float[] {(float) (2 * Math.log(2)), 0f, 0f}, new Shape(1, 3));
      double kd = DistillationLoss.softTargetCrossEntropy(padded, student, 2.0).getFloat();

      // Then KD = -(0.6 ln 0.5 + 0.4 ln 0.25) = 1.4 ln 2
      assertEquals(1.4 * Math.log(2), kd, 1e-5, "KD");
      // And CE with label 0 at T = 1: -ln softmax([2 ln 2, 0, 0])[0] = -ln(4/6) = ln 1.5
      double ce = CrossEntropy.of(student, manager.create(new int[] {0})).getFloat();
      assertEquals(Math.log(1.5), ce, 1e-5, "CE");
    }
  }

  @Test
  void theDistillationGradientDoesNotDependOnWhenTheGarbageCollectorRuns() throws Exception {
    // Given a batch of two students' logits over 3 classes, labels 0 and 2, and fixed teacher logits
    float[] student = {0.3f, -1.2f, 0.8f, 1.5f, 0.1f, -0.4f};
    java.util.function.Function<NDArray, NDArray> loss = logits -> {
      NDArray teacher = logits.getManager().create(new float[] {2f, 0f, -1f, 1f}, new Shape(2, 2));
      NDArray labels = logits.getManager().create(new int[] {0, 2});
      NDArray kd = DistillationLoss.softTargetCrossEntropy(DistillationLoss.padded(teacher, 3), logits, 2.0);
      NDArray ce = CrossEntropy.of(logits, labels);
      return DistillationLoss.weighted(ce, kd, 0.7);
    };

    // When the gradient is taken once undisturbed and once with a collection between forward and backward
    float[] quiet = Gradients.of(student, new Shape(2, 3), loss, false);
    float[] collected = Gradients.of(student, new Shape(2, 3), loss, true);

    // Then both are the same, bit for bit (DJL's scalar arithmetic lost its operand to the collector)
    assertArrayEquals(quiet, collected);
  }

  @Test
  void overTheTeachersClassesComparesOnlyTheStudentsFirstColumns() throws Exception {
    // Given a previous model's logits over 2 classes [2 ln 3, 0] and a student with a third, new class
    float[] student = {(float) (2 * Math.log(2)), 0f, 5f};
    java.util.function.Function<NDArray, NDArray> kd = logits -> {
      NDArray teacher = logits.getManager().create(new float[] {(float) (2 * Math.log(3)), 0f}, new Shape(1, 2));
      return DistillationLoss.softTargetCrossEntropy(
          teacher, DistillationLoss.firstColumns(logits, 2), 2.0);
    };

    // When the distillation term is taken at T = 2 over the first two columns
    double value;
    try (NDManager manager = NDManager.newBaseManager()) {
      value = kd.apply(manager.create(student, new Shape(1, 3))).getFloat();
    }
    float[] gradient = Gradients.of(student, new Shape(1, 3), kd, false);

    // Then it is CE(softmax([ln 3, 0]), softmax([ln 2, 0])) = -(3/4 ln 2/3 + 1/4 ln 1/3), the new class's large
    // logit playing no part (zero-padding would have pulled it towards the teacher's 0)
    assertEquals(-(0.75 * Math.log(2.0 / 3) + 0.25 * Math.log(1.0 / 3)), value, 1e-5);
    assertEquals(0f, gradient[2], "no distillation gradient on the new class");
    // d/ds0 = (softmax(s/T)_0 - target_0) / T = (2/3 - 3/4) / 2
    assertEquals((2.0 / 3 - 0.75) / 2, gradient[0], 1e-5);
  }
}
