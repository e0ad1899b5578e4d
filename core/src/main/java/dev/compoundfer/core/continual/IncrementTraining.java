package dev.compoundfer.core.continual;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.training.Augmentation;
import dev.compoundfer.core.training.EarlyStopping;
import dev.compoundfer.core.training.EpochSeed;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.StepLoss;
import dev.compoundfer.core.training.TrainingConfig;
import dev.compoundfer.core.training.TrainingEpoch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The epochs of one increment: memory plus m new-class images drawn afresh (the reference's tf.data reshuffle
 * before {@code take(m)}, method.md §3.3 step 4), early stopping on validation accuracy over all seen classes, best
 * weights restored at the end.
 *
 * <p>An epoch runs at least {@code minStepsPerEpoch} optimiser steps ({@code TrainingConfig.incrementMinSteps()}): while memory plus the m new images fill fewer
 * batches than that, the pair is repeated, each repetition with the next m new-class images (cycling through a
 * shuffled list, so that every new image is used before any repeats). The classes stay balanced (m images of every
 * old class, m of the new one) and only the number of steps grows. Why: on a small dataset memory plus m images are
 * a few batches (60 subjects: 70 images at the first increment, 3 steps), so an increment of 10 epochs made 30
 * steps, too few for a new classifier row that starts from Xavier against rows trained for hundreds of steps; the
 * new class was barely learned (docs/benchmarks.md, ablation). The reference instead runs up to 1000 epochs per
 * increment, which is not affordable here.
 *
 * <p>Public so that other phases that train one expanded student against the frozen teacher (few-shot learning,
 * method.md §4) reuse the same epoch loop instead of copying it.
 */
public final class IncrementTraining {

  private final TrainingConfig config;
  private final NetworkSession student;
  private final StepLoss loss;
  private final int minStepsPerEpoch;
  private long imagesTrained;

  /**
   * An increment loop without a step floor: each epoch is memory plus m new images once (few-shot episodes, which
   * repeat their shots themselves).
   *
   * @param config batch size, learning rate ({@code incrementLearningRate}), epoch limit ({@code incrementEpochs}),
   *     patience and seed
   * @param student the expanded network being trained
   * @param loss the step loss, usually a {@code DistillationLoss} against the frozen teacher
   */
  public IncrementTraining(TrainingConfig config, NetworkSession student, StepLoss loss) {
    this(config, student, loss, 1);
  }

  /**
   * As {@link #IncrementTraining(TrainingConfig, NetworkSession, StepLoss)}, with at least this many steps per
   * epoch (the continual phase passes {@code TrainingConfig.incrementMinSteps()}).
   */
  public IncrementTraining(TrainingConfig config, NetworkSession student, StepLoss loss, int minStepsPerEpoch) {
    if (minStepsPerEpoch < 1) {
      throw new IllegalArgumentException("minStepsPerEpoch must be at least 1, was " + minStepsPerEpoch);
    }
    this.config = config;
    this.student = student;
    this.loss = loss;
    this.minStepsPerEpoch = minStepsPerEpoch;
  }

  /**
   * How often memory plus the m new images are put into one epoch so that it fills at least {@code minSteps}
   * batches: {@code ceil(minSteps * batchSize / images)}, at least 1.
   *
   * @param images memory size plus the new images drawn per repetition
   */
  public static int repetitions(int images, int batchSize, int minSteps) {
    if (images == 0) {
      return 1;
    }
    long wanted = (long) minSteps * batchSize;
    return (int) Math.max(1, (wanted + images - 1) / images);
  }

  /**
   * Trains; returns the epochs run. The student ends with the best validated weights.
   *
   * @param classes the student's output order
   * @param memory images seen every epoch (replay memory; empty for few-shot)
   * @param newImages images of the new class, of which {@code m} are drawn afresh per repetition
   * @param m new-class images per repetition
   * @param validation early-stopping images (arg-max accuracy over {@code classes})
   * @param increment mixes into each epoch's {@link EpochSeed} (shuffling, augmentation, dropout)
   */
  public int train(List<Expression> classes, List<Example> memory, List<Example> newImages, int m,
      List<Example> validation, int increment) {
    student.startTraining(config.incrementLearningRate());
    EarlyStopping earlyStopping = new EarlyStopping(config.patience(), config.minDelta());
    int drawn = Math.min(m, newImages.size());
    int repetitions = repetitions(memory.size() + drawn, config.batchSize(), minStepsPerEpoch);
    byte[] best = null;
    int epochs = 0;
    while (epochs < config.incrementEpochs() && !earlyStopping.triggered()) {
      EpochSeed seed = new EpochSeed(config.seed(), EpochSeed.Phase.INCREMENT, increment, epochs);
      seed.seedEngine();
      Random random = seed.random();
      List<Example> shuffled = new ArrayList<>(newImages);
      Collections.shuffle(shuffled, random);
      List<Example> epochImages = new ArrayList<>();
      for (int r = 0; r < repetitions; r++) {
        epochImages.addAll(memory);
        for (int i = 0; i < drawn; i++) {
          epochImages.add(shuffled.get((r * drawn + i) % shuffled.size()));
        }
      }
      TrainingEpoch.BatchPlan plan =
          new TrainingEpoch.BatchPlan(config.batchSize(), config.pixelsPerImage(),
              new Augmentation(config.channels(), config.imageSize(), random.nextLong()), random);
      TrainingEpoch.run(student, epochImages, classes, loss, plan);
      imagesTrained += epochImages.size();
      epochs++;
      if (earlyStopping.update(Evaluation.of(student, classes, validation).overall()) || best == null) {
        best = student.parameters();
      }
    }
    student.loadParameters(best);
    return epochs;
  }

  /** Training images the steps went through so far (all repetitions of all epochs). */
  public long imagesTrained() {
    return imagesTrained;
  }
}
