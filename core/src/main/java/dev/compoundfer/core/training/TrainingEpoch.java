package dev.compoundfer.core.training;

import dev.compoundfer.core.data.Expression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** One pass over shuffled, augmented examples in batches; each batch is one scoped {@link NetworkSession} step. */
public final class TrainingEpoch {

  /**
   * The epoch's training figures.
   *
   * @param loss mean batch loss
   * @param accuracy share of training images classified right during the steps
   * @param imagesPerSecond throughput
   */
  public record Result(double loss, double accuracy, double imagesPerSecond) {}

  private TrainingEpoch() {}

  /**
   * Trains on {@code examples} once.
   *
   * @param classes output-index order of the classifier
   */
  public static Result run(
      NetworkSession session,
      List<Example> examples,
      List<Expression> classes,
      StepLoss loss,
      BatchPlan plan) {
    List<Example> order = new ArrayList<>(examples);
    Collections.shuffle(order, plan.random());
    long begin = System.nanoTime();
    double lossSum = 0;
    int batches = 0;
    int correct = 0;
    for (int start = 0; start < order.size(); start += plan.batchSize()) {
      List<Example> batch = order.subList(start, Math.min(order.size(), start + plan.batchSize()));
      List<float[]> images = new ArrayList<>(batch.size());
      int[] labels = new int[batch.size()];
      for (int i = 0; i < batch.size(); i++) {
        images.add(plan.augmentation().apply(batch.get(i).pixels()));
        labels[i] = indexOf(classes, batch.get(i).expression());
      }
      StepResult step = session.trainStep(Batches.stack(images, plan.pixelsPerImage()), labels, loss);
      lossSum += step.loss();
      correct += step.correct();
      batches++;
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - begin) / 1e9);
    return new Result(
        batches == 0 ? 0 : lossSum / batches,
        order.isEmpty() ? 0 : (double) correct / order.size(),
        order.size() / seconds);
  }

  private static int indexOf(List<Expression> classes, Expression expression) {
    int index = classes.indexOf(expression);
    if (index < 0) {
      throw new IllegalArgumentException(expression + " is not one of the classifier's classes " + classes);
    }
    return index;
  }

  /**
   * How to batch an epoch.
   *
   * @param batchSize images per step
   * @param pixelsPerImage floats per image
   * @param augmentation applied to every training image
   * @param random shuffles the order
   */
  public record BatchPlan(int batchSize, int pixelsPerImage, Augmentation augmentation, Random random) {}
}
