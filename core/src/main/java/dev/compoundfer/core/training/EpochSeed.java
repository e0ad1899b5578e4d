package dev.compoundfer.core.training;

import ai.djl.engine.Engine;
import java.util.Random;

/**
 * The seed of one training epoch, a function of the run's seed, the phase, the increment and the epoch: it seeds
 * the epoch's shuffling and augmentation and, through the engine, dropout.
 *
 * <p>Why this replaces saving the generators' state: checkpoints are written only between epochs, and every epoch
 * starts by setting every generator it draws from to a state derived from this record. Within the epoch the
 * generators advance by the steps alone, which a resumed run repeats in the same order. So the state an
 * uninterrupted run has at the start of epoch e is exactly the one a resumed run re-derives for epoch e; what was
 * drawn before (weight initialisation, earlier epochs' dropout, another phase) never reaches a later epoch.
 *
 * <p>Bit-identity on CPU also needs the same PyTorch intra-op thread count ({@code ai.djl.pytorch.num_threads}),
 * CPU and libtorch build: the split of a reduction over threads changes its rounding. Resumed with 1 thread after
 * an epoch run with 2, a 24 px teacher ended two epochs later up to 1.3e-3 away from the uninterrupted run.
 *
 * @param runSeed {@code TrainingConfig.seed()}
 * @param phase which training loop
 * @param increment 0-based increment (or few-shot episode salt); 0 for {@link Phase#CLASSIFIER}
 * @param epoch 0-based epoch within the phase or increment
 */
public record EpochSeed(long runSeed, Phase phase, int increment, int epoch) {

  /** The training loops that draw random numbers. */
  public enum Phase {
    /** {@link ClassifierTraining}: the teacher and joint training. */
    CLASSIFIER,
    /** An increment or a few-shot episode. */
    INCREMENT
  }

  public EpochSeed {
    if (phase == null) {
      throw new IllegalArgumentException("phase must not be null");
    }
    if (epoch < 0) {
      throw new IllegalArgumentException("epoch must be >= 0, was " + epoch);
    }
  }

  /** The 64-bit seed: SplitMix64 over the four parts, so that neighbouring epochs get unrelated seeds. */
  public long value() {
    return mix(mix(mix(mix(runSeed) ^ phase.ordinal()) ^ increment) ^ epoch);
  }

  /** A generator for the epoch's shuffling and augmentation. */
  public Random random() {
    return new Random(value());
  }

  /**
   * Seeds the engine's generators: PyTorch's {@code manual_seed} (the default CPU and CUDA generators, which
   * dropout draws from) and DJL's {@code RandomUtils}. The engine takes an int; the two halves are folded.
   */
  public void seedEngine() {
    long value = value();
    Engine.getInstance().setRandomSeed((int) (value ^ (value >>> 32)));
  }

  private static long mix(long x) {
    long z = x + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
