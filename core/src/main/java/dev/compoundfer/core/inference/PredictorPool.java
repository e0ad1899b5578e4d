package dev.compoundfer.core.inference;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of DJL predictors over one model. A predictor is not thread-safe, so each call borrows one for the
 * duration of its forward pass; the model's parameters are shared by all of them.
 */
public final class PredictorPool implements AutoCloseable {
  private final List<Predictor<List<float[]>, float[][]>> all = new ArrayList<>();
  private final BlockingQueue<Predictor<List<float[]>, float[][]>> idle;
  private final Duration borrowTimeout;

  /**
   * @param size predictors, at least 1 (more than the cores buys nothing on a CPU)
   * @param borrowTimeout longest a call waits for a free predictor before {@link OverloadedException}
   */
  public PredictorPool(ExpressionModel model, int size, Duration borrowTimeout) {
    if (size < 1) {
      throw new IllegalArgumentException("The pool needs at least one predictor, was " + size);
    }
    this.idle = new ArrayBlockingQueue<>(size);
    this.borrowTimeout = borrowTimeout;
    for (int i = 0; i < size; i++) {
      Predictor<List<float[]>, float[][]> predictor = model.newPredictor();
      all.add(predictor);
      idle.add(predictor);
    }
  }

  public int size() {
    return all.size();
  }

  /** Logits {@code [image][class]} of CHW images in one forward pass on a borrowed predictor. */
  public float[][] logits(List<float[]> images) {
    Predictor<List<float[]>, float[][]> predictor = borrow();
    try {
      return predictor.predict(images);
    } catch (TranslateException e) {
      throw new IllegalStateException("The forward pass failed: " + e.getMessage(), e);
    } finally {
      idle.add(predictor);
    }
  }

  private Predictor<List<float[]>, float[][]> borrow() {
    try {
      Predictor<List<float[]>, float[][]> predictor = idle.poll(borrowTimeout.toNanos(), TimeUnit.NANOSECONDS);
      if (predictor == null) {
        throw new OverloadedException("No predictor became free within " + borrowTimeout.toMillis() + " ms.");
      }
      return predictor;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OverloadedException("Interrupted while waiting for a predictor.");
    }
  }

  @Override
  public void close() {
    all.forEach(Predictor::close);
  }
}
