package dev.compoundfer.core.pretrain;

import dev.compoundfer.core.network.ClassifierBlock;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.training.EpochSeed;
import dev.compoundfer.core.training.NetworkSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Trains a fresh network of the configured backbone on a {@link PretextTask}: the backbone stages, a projection MLP
 * ({@link PretextFeatures}) and an output layer as wide as the task needs. Each step is one scoped {@link NetworkSession} step; a batch of
 * fewer than two images (the shuffled epoch's tail) is skipped, since BatchNorm and NT-Xent need two.
 */
public final class BackbonePretraining {

  private BackbonePretraining() {}

  /** A fresh pretraining network: the backbone's stages, the projection MLP and {@code outputs} outputs. */
  static ExpressionNetwork network(String backbone, int outputs, long seed) {
    return new ExpressionNetwork(new PretextFeatures(backbone), new ClassifierBlock(outputs, seed));
  }

  /**
   * Runs {@code config.epochs()} epochs.
   *
   * @param afterEpoch told each finished epoch's number (1-based), e.g. for progress
   */
  public static PretrainResult train(PretrainConfig config, PretextTask task, IntConsumer afterEpoch) {
    List<Double> losses = new ArrayList<>();
    long begin = System.nanoTime();
    long images = 0;
    ExpressionNetwork network = network(config.backbone(), task.outputs(), config.seed());
    try (NetworkSession session =
        new NetworkSession("pretrain", network, config.channels(), config.imageSize(), config.device())) {
      session.startTraining(config.learningRate());
      for (int epoch = 0; epoch < config.epochs(); epoch++) {
        EpochSeed seed = new EpochSeed(config.seed(), EpochSeed.Phase.CLASSIFIER, 0, epoch);
        seed.seedEngine();
        Random random = seed.random();
        List<Integer> order = new ArrayList<>(IntStream.range(0, task.size()).boxed().toList());
        Collections.shuffle(order, random);
        double sum = 0;
        int steps = 0;
        for (int start = 0; start + 2 <= order.size(); start += config.batchSize()) {
          List<Integer> indices = order.subList(start, Math.min(order.size(), start + config.batchSize()));
          if (indices.size() < 2) {
            continue;
          }
          PretextTask.Batch batch = task.batch(indices, random);
          sum += session.trainStep(batch.pixels(), batch.images(), batch.loss());
          steps++;
          images += indices.size();
        }
        losses.add(sum / steps);
        afterEpoch.accept(epoch + 1);
      }
      double seconds = (System.nanoTime() - begin) / 1e9;
      return new PretrainResult(((PretextFeatures) network.features()).backboneParameters(), losses, seconds, images / Math.max(1e-9, seconds));
    }
  }
}
