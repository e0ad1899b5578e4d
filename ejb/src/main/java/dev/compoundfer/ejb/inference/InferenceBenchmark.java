package dev.compoundfer.ejb.inference;

import jakarta.ejb.Local;

/** Inference measured inside the server, where the bare predictor and the local view can be compared fairly. */
@Local
public interface InferenceBenchmark {
  /**
   * Runs {@code callers} threads calling one path with the same image for {@code seconds}.
   *
   * @param path {@code bare} or {@code local}
   */
  BenchmarkFigures run(String path, int callers, int seconds, byte[] image);

  /** Reloads the active version with this micro-batching ({@code maxBatch} 1 = off), until the next activation. */
  void serveWithBatching(int maxBatch, int maxWaitMillis);
}
