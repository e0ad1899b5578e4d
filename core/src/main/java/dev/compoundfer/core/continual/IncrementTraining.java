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
 * The epochs of one increment: memory plus m new-class images drawn afresh each epoch (the reference's tf.data
 * reshuffle before {@code take(m)}, method.md §3.3 step 4), early stopping on validation accuracy over all seen
 * classes, best weights restored at the end.
 *
 * <p>Public so that other phases that train one expanded student against the frozen teacher (few-shot learning,
 * method.md §4) reuse the same epoch loop instead of copying it.
 */
public final class IncrementTraining {

  private final TrainingConfig config;
  private final NetworkSession student;
  private final StepLoss loss;

  /**
   * @param config batch size, learning rate ({@code incrementLearningRate}), epoch limit ({@code incrementEpochs}),
   *     patience and seed
   * @param student the expanded network being trained
   * @param loss the step loss, usually a {@code DistillationLoss} against the frozen teacher
   */
  public IncrementTraining(TrainingConfig config, NetworkSession student, StepLoss loss) {
    this.config = config;
    this.student = student;
    this.loss = loss;
  }

  /**
   * Trains; returns the epochs run. The student ends with the best validated weights.
   *
   * @param classes the student's output order
   * @param memory images seen every epoch (replay memory; empty for few-shot)
   * @param newImages images of the new class, of which {@code m} are drawn afresh each epoch
   * @param m new-class images per epoch
   * @param validation early-stopping images (arg-max accuracy over {@code classes})
   * @param increment mixes into each epoch's {@link EpochSeed} (shuffling, augmentation, dropout)
   */
  public int train(List<Expression> classes, List<Example> memory, List<Example> newImages, int m,
      List<Example> validation, int increment) {
    student.startTraining(config.incrementLearningRate());
    EarlyStopping earlyStopping = new EarlyStopping(config.patience(), config.minDelta());
    byte[] best = null;
    int epochs = 0;
    while (epochs < config.incrementEpochs() && !earlyStopping.triggered()) {
      EpochSeed seed = new EpochSeed(config.seed(), EpochSeed.Phase.INCREMENT, increment, epochs);
      seed.seedEngine();
      Random random = seed.random();
      List<Example> drawn = new ArrayList<>(newImages);
      Collections.shuffle(drawn, random);
      List<Example> epochImages = new ArrayList<>(memory);
      epochImages.addAll(drawn.subList(0, Math.min(m, drawn.size())));
      TrainingEpoch.BatchPlan plan =
          new TrainingEpoch.BatchPlan(config.batchSize(), config.pixelsPerImage(),
              new Augmentation(config.channels(), config.imageSize(), random.nextLong()), random);
      TrainingEpoch.run(student, epochImages, classes, loss, plan);
      epochs++;
      if (earlyStopping.update(Evaluation.of(student, classes, validation).overall()) || best == null) {
        best = student.parameters();
      }
    }
    student.loadParameters(best);
    return epochs;
  }
}
