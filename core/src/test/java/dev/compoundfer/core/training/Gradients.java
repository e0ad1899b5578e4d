package dev.compoundfer.core.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The gradient of a loss, optionally with a garbage collection between the forward and the backward pass. */
public final class Gradients {

  private Gradients() {}

  /**
   * {@code d loss(x) / d x} at {@code values}.
   *
   * @param collectInBetween run garbage collections after the forward pass, then allocate many small direct
   *     buffers holding 1000, so that native memory freed by the collection is reused with a wrong value
   */
  public static float[] of(float[] values, Shape shape, Function<NDArray, NDArray> loss, boolean collectInBetween)
      throws InterruptedException {
    List<ByteBuffer> reuse = new ArrayList<>();
    try (NDManager scope = NDManager.newBaseManager()) {
      NDArray x = scope.create(values, shape);
      x.setRequiresGradient(true);
      synchronized (GradientRecording.LOCK) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
          NDArray value = loss.apply(x);
          if (collectInBetween) {
            for (int round = 0; round < 3; round++) {
              System.gc();
              Thread.sleep(50);
              for (int i = 0; i < 2000; i++) {
                reuse.add(ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).putFloat(0, 1000f));
              }
            }
          }
          collector.backward(value);
        }
      }
      return x.getGradient().toFloatArray();
    }
  }
}
