package dev.compoundfer.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class ScalarsTest {

  @Test
  void aScalarFactorKeepsItsValueForTheBackwardPassAcrossAGarbageCollection() throws Exception {
    // Given x * 0.5 summed, whose gradient is 0.5 everywhere
    float[] x = {1, 2, 3};

    // When the collector runs between forward and backward and its freed memory is reused
    float[] gradient = Gradients.of(x, new Shape(3), v -> v.mul(Scalars.of(v, 0.5)).sum(), true);

    // Then the backward pass still multiplies by 0.5
    assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f}, gradient);
  }
}
