package dev.compoundfer.core.training;

import dev.compoundfer.core.network.Backbones;
import java.util.Set;

/**
 * All knobs of the teacher and continual phases.
 *
 * <p>Learning rates differ from the reference (Adam 1e-4 then 1e-6 for the teacher, 1e-5 for increments) because
 * the reference fine-tunes an ImageNet ResNet-50; the "small" network is trained from scratch on little data, where
 * 1e-3 converges in a few epochs. Increments use 1e-3 as well: with the step floor, 1e-4 learned the new class
 * worse (recall 0.28 vs 0.47 over five increments) for the same old-class accuracy (docs/benchmarks.md, ablation).
 *
 * @param backbone network name (see {@link Backbones#NAMES}): {@code "small-flat"} (default, trains from scratch in
 *     minutes), {@code "small"} (the same with the reference head) or a ResNet, {@code "resnet50v2"} being the
 *     reference's
 * @param imageSize input height and width in pixels
 * @param channels input channels (1 or 3)
 * @param batchSize images per training step (reference: 32 teacher, 16 increments)
 * @param maxEpochs teacher epoch limit
 * @param patience epochs without improvement before early stopping (reference: 100)
 * @param minDelta improvement of validation accuracy that counts (reference teacher: 0.01 on val loss)
 * @param learningRate Adam learning rate for the teacher
 * @param incrementEpochs epoch limit of one increment
 * @param incrementLearningRate Adam learning rate for increments
 * @param gamma0 distillation weight of the first increment; {@code gamma_i = gamma0 * e^(-i/(1+e))}, reference 0.1
 * @param temperature distillation temperature T (reference 3)
 * @param memoryMode {@code "grow"} (m fixed, memory grows) or {@code "limit"} (M fixed, m = M / classes)
 * @param replayFraction share of the training images kept in memory, M = floor(fraction * N); reference 0.3
 * @param seed seed of weights, shuffling, augmentation and dropout
 * @param device {@code "cpu"}, {@code "gpu"} or {@code "auto"}
 * @param incrementMinSteps optimiser steps an increment epoch runs at least: memory plus the new images drawn are
 *     repeated (classes kept balanced) until they fill this many batches; 1 = one pass, the reference's epoch. On a
 *     small dataset one pass is a few batches and the new class is not learned (docs/benchmarks.md, ablation)
 */
public record TrainingConfig(
    String backbone,
    int imageSize,
    int channels,
    int batchSize,
    int maxEpochs,
    int patience,
    double minDelta,
    double learningRate,
    int incrementEpochs,
    double incrementLearningRate,
    double gamma0,
    double temperature,
    String memoryMode,
    double replayFraction,
    long seed,
    String device,
    int incrementMinSteps) {

  /** The step floor of {@link #defaults}: see docs/benchmarks.md, ablation. */
  public static final int DEFAULT_INCREMENT_MIN_STEPS = 16;

  private static final Set<String> MEMORY_MODES = Set.of("grow", "limit");
  private static final Set<String> DEVICES = Set.of("cpu", "gpu", "auto");

  public TrainingConfig {
    if (!Backbones.isKnown(backbone)) {
      throw new IllegalArgumentException("backbone must be one of " + Backbones.NAMES + ", was " + backbone);
    }
    positive("imageSize", imageSize);
    if (imageSize < 8) {
      throw new IllegalArgumentException("imageSize must be at least 8 (three 2x2 poolings), was " + imageSize);
    }
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
    }
    positive("batchSize", batchSize);
    positive("maxEpochs", maxEpochs);
    positive("patience", patience);
    positive("incrementEpochs", incrementEpochs);
    positive("incrementMinSteps", incrementMinSteps);
    if (minDelta < 0 || Double.isNaN(minDelta)) {
      throw new IllegalArgumentException("minDelta must be >= 0, was " + minDelta);
    }
    positiveReal("learningRate", learningRate);
    positiveReal("incrementLearningRate", incrementLearningRate);
    positiveReal("temperature", temperature);
    if (!(gamma0 >= 0 && gamma0 <= 1)) {
      throw new IllegalArgumentException("gamma0 must be in [0, 1], was " + gamma0);
    }
    if (!MEMORY_MODES.contains(memoryMode)) {
      throw new IllegalArgumentException("memoryMode must be 'grow' or 'limit', was " + memoryMode);
    }
    if (!(replayFraction > 0 && replayFraction <= 1)) {
      throw new IllegalArgumentException("replayFraction must be in (0, 1], was " + replayFraction);
    }
    if (!DEVICES.contains(device)) {
      throw new IllegalArgumentException("device must be cpu, gpu or auto, was " + device);
    }
  }

  /** All settings but the increment step floor, which gets {@link #DEFAULT_INCREMENT_MIN_STEPS}. */
  public TrainingConfig(String backbone, int imageSize, int channels, int batchSize, int maxEpochs, int patience,
      double minDelta, double learningRate, int incrementEpochs, double incrementLearningRate, double gamma0,
      double temperature, String memoryMode, double replayFraction, long seed, String device) {
    this(backbone, imageSize, channels, batchSize, maxEpochs, patience, minDelta, learningRate, incrementEpochs,
        incrementLearningRate, gamma0, temperature, memoryMode, replayFraction, seed, device,
        DEFAULT_INCREMENT_MIN_STEPS);
  }

  /**
   * Defaults for the small network trained from scratch ({@code small-flat}: its flattening head and per-image
   * standardisation learn the synthetic faces far faster than the reference head, docs/benchmarks.md); reference
   * values where they carry over.
   */
  public static TrainingConfig defaults(int imageSize, int channels) {
    return new TrainingConfig(
        "small-flat", imageSize, channels, 32, 100, 10, 0.0, 1e-3, 30, 1e-3, 0.1, 3.0, "grow", 0.3, 42L, "auto");
  }

  /** The same settings with another teacher learning rate. */
  public TrainingConfig withLearningRate(double learningRate) {
    return new TrainingConfig(backbone, imageSize, channels, batchSize, maxEpochs, patience, minDelta, learningRate,
        incrementEpochs, incrementLearningRate, gamma0, temperature, memoryMode, replayFraction, seed, device,
        incrementMinSteps);
  }

  /** The same settings with another teacher epoch limit. */
  public TrainingConfig withMaxEpochs(int maxEpochs) {
    return new TrainingConfig(backbone, imageSize, channels, batchSize, maxEpochs, patience, minDelta, learningRate,
        incrementEpochs, incrementLearningRate, gamma0, temperature, memoryMode, replayFraction, seed, device,
        incrementMinSteps);
  }

  /** The same settings with another increment step floor. */
  public TrainingConfig withIncrementMinSteps(int incrementMinSteps) {
    return new TrainingConfig(backbone, imageSize, channels, batchSize, maxEpochs, patience, minDelta, learningRate,
        incrementEpochs, incrementLearningRate, gamma0, temperature, memoryMode, replayFraction, seed, device,
        incrementMinSteps);
  }

  /** Number of floats of one image. */
  public int pixelsPerImage() {
    return channels * imageSize * imageSize;
  }

  /**
   * Replay images kept per class, m = floor(replayFraction * trainImages / 21) over the 21 non-neutral classes, at
   * least 1 (the continual memory per class, and the basic memory of few-shot replay episodes).
   */
  public int replayImagesPerClass(int trainImages) {
    return Math.max(1, (int) Math.floor(replayFraction * trainImages / 21));
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }

  private static void positiveReal(String name, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be > 0, was " + value);
    }
  }
}
