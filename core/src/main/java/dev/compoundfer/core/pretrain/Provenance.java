package dev.compoundfer.core.pretrain;

import java.time.Instant;
import java.util.List;

/**
 * Where a backbone comes from, kept in its artifact's JSON.
 *
 * @param method {@code simclr}, {@code supervised} or {@code au}
 * @param backbone network name
 * @param imageSize input size in pixels
 * @param channels 1 or 3
 * @param dataset what it was trained on, e.g. {@code synthetic(subjects=40, seed=7)} or a folder
 * @param images source images
 * @param epochs passes over them
 * @param batchSize source images per step
 * @param learningRate Adam learning rate
 * @param seconds training wall time
 * @param imagesPerSecond source images per second
 * @param epochLosses mean loss per epoch
 * @param createdAt ISO-8601 instant
 */
public record Provenance(
    String method, String backbone, int imageSize, int channels, String dataset, int images, int epochs,
    int batchSize, double learningRate, double seconds, double imagesPerSecond, List<Double> epochLosses,
    String createdAt) {

  public Provenance {
    epochLosses = List.copyOf(epochLosses);
  }

  /** The provenance of a finished run. */
  public static Provenance of(PretrainConfig config, PretextTask task, String dataset, PretrainResult result) {
    return new Provenance(
        task.method(), config.backbone(), config.imageSize(), config.channels(), dataset, task.size(),
        config.epochs(), config.batchSize(), config.learningRate(), result.seconds(), result.imagesPerSecond(),
        result.epochLosses(), Instant.now().toString());
  }
}
