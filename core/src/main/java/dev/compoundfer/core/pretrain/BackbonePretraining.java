package dev.compoundfer.core.pretrain;

import dev.compoundfer.core.network.ClassifierBlock;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.training.NetworkSession;
import java.util.function.IntConsumer;

/**
 * Trains a fresh network of the configured backbone on a {@link PretextTask}: the backbone stages, a projection MLP
 * ({@link PretextFeatures}) and an output layer as wide as the task needs, epoch by epoch through
 * {@link PretrainTraining}. Each step is one scoped {@link NetworkSession} step.
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
    try (PretrainTraining training = PretrainTraining.open(config, task, null)) {
      while (!training.finished()) {
        afterEpoch.accept(training.runEpoch().epoch());
      }
      return training.result();
    }
  }
}
