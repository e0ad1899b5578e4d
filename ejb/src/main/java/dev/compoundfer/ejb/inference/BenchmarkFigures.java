package dev.compoundfer.ejb.inference;

import java.io.Serializable;

/**
 * One cell of the inference benchmark.
 *
 * @param path {@code bare} (a DJL predictor per caller, same image preparation, no container) or {@code local}
 *     (the local EJB view)
 * @param callers concurrent callers
 * @param requests answered requests
 * @param errors failed requests
 * @param throughput answered requests per second
 * @param p50Millis median latency
 * @param p99Millis 99th percentile latency
 * @param meanMillis mean latency
 */
public record BenchmarkFigures(String path, int callers, long requests, long errors, double throughput,
    double p50Millis, double p99Millis, double meanMillis) implements Serializable {}
