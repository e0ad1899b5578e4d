package dev.compoundfer.core.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A loaded model as a service: pooled predictors, and with batching on a {@link MicroBatcher} in front of them so
 * that concurrent callers share forward passes. With batching off each call runs its own pass on a borrowed
 * predictor, on the caller's thread. Thread-safe; closing it closes the model.
 */
public final class ServedModel implements AutoCloseable {
  private final ExpressionModel model;
  private final ServingSettings settings;
  private final PredictorPool pool;
  private final ExecutorService workers;
  private final MicroBatcher<float[], float[]> batcher;

  /**
   * @param threads makes the dispatcher and one pass thread per predictor (a managed thread factory in the server)
   */
  public ServedModel(ExpressionModel model, ServingSettings settings, ThreadFactory threads) {
    this.model = model;
    this.settings = settings;
    this.pool = new PredictorPool(model, settings.predictors(), settings.timeout());
    if (settings.batching().batching()) {
      this.workers = Executors.newFixedThreadPool(pool.size(), threads);
      this.batcher = new MicroBatcher<>(settings.batching(), images -> List.of(pool.logits(images)), pool.size(),
          workers, threads);
    } else {
      this.workers = null;
      this.batcher = null;
    }
  }

  public ExpressionModel model() {
    return model;
  }

  public ServingSettings settings() {
    return settings;
  }

  /** The prediction for one CHW image. */
  public Prediction predict(float[] pixels) {
    return predictAll(List.of(pixels)).get(0);
  }

  /**
   * Predictions for several images, in order. With batching on they join the shared queue one by one (and may
   * travel in passes with other callers' images); off, they go through one pass of their own.
   */
  public List<Prediction> predictAll(List<float[]> images) {
    if (batcher == null) {
      float[][] logits = pool.logits(images);
      List<Prediction> out = new ArrayList<>(logits.length);
      for (float[] row : logits) {
        out.add(model.toPrediction(row));
      }
      return out;
    }
    List<CompletableFuture<float[]>> pending = new ArrayList<>(images.size());
    images.forEach(image -> pending.add(batcher.submit(image)));
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    List<Prediction> out = new ArrayList<>(images.size());
    for (CompletableFuture<float[]> future : pending) {
      out.add(model.toPrediction(await(future, deadline)));
    }
    return out;
  }

  private float[] await(CompletableFuture<float[]> future, long deadline) {
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new OverloadedException("No answer within " + settings.timeout().toMillis() + " ms.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OverloadedException("Interrupted while waiting for the model.");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Finishes queued requests, then closes the predictors and the model. */
  @Override
  public void close() {
    if (batcher != null) {
      batcher.close();
      workers.shutdown();
    }
    pool.close();
    model.close();
  }
}
