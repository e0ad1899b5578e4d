package dev.compoundfer.ejb.registry;

import dev.compoundfer.core.face.FaceCropRule;
import dev.compoundfer.core.inference.BatchSettings;
import dev.compoundfer.core.inference.ServingSettings;
import java.time.Duration;

/**
 * Inference configuration from system properties (JVM options of the domain), read when a model is loaded:
 *
 * <pre>
 *   fer.device                     cpu | gpu | auto (default auto: the GPU when DJL sees one)
 *   fer.inference.predictors       pooled predictors, i.e. forward passes at once (default: cores, at most 4)
 *   fer.inference.max-batch        images per forward pass; 1 turns micro-batching off (default 16)
 *   fer.inference.max-wait-ms      how long a request waits for others to share its pass (default 2)
 *   fer.inference.max-queue        requests that may wait for a pass before new ones are refused (default 1024)
 *   fer.inference.timeout-ms       longest a caller waits for its answer (default 30000)
 *   fer.inference.max-images       images per recognizeAll call or multipart request (default 64)
 *   fer.crop                       never | auto | always (default auto, see FaceCropRule)
 *   fer.crop.min-image-side        auto: shorter side from which the face detector runs (default 96)
 *   fer.crop.max-face-share        auto: largest face, over the shorter side, still cropped (default 0.6)
 * </pre>
 */
public final class InferenceSettings {
  private InferenceSettings() {}

  public static String device() {
    return System.getProperty("fer.device", "auto");
  }

  public static ServingSettings serving() {
    int cores = Runtime.getRuntime().availableProcessors();
    BatchSettings batching = new BatchSettings(
        integer("fer.inference.max-batch", 16),
        Duration.ofMillis(integer("fer.inference.max-wait-ms", 2)),
        integer("fer.inference.max-queue", 1024));
    return new ServingSettings(integer("fer.inference.predictors", Math.min(4, cores)), batching,
        Duration.ofMillis(integer("fer.inference.timeout-ms", 30_000)));
  }

  public static int maxImages() {
    return integer("fer.inference.max-images", 64);
  }

  public static FaceCropRule cropRule() {
    FaceCropRule defaults = FaceCropRule.defaults();
    return new FaceCropRule(
        FaceCropRule.Mode.parse(System.getProperty("fer.crop", defaults.mode().name())),
        integer("fer.crop.min-image-side", defaults.minImageSide()),
        Double.parseDouble(System.getProperty("fer.crop.max-face-share", String.valueOf(defaults.maxFaceShare()))));
  }

  private static int integer(String property, int fallback) {
    String value = System.getProperty(property);
    try {
      return value == null ? fallback : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + " must be a whole number, was " + value, e);
    }
  }
}
