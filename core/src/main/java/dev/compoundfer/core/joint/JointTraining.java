package dev.compoundfer.core.joint;

import ai.djl.engine.Engine;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.inference.ModelDescriptor;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.metrics.ClassAccuracy;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.training.ClassifierTraining;
import dev.compoundfer.core.training.EpochSummary;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains the teacher's network and head on all 21 non-neutral classes at once (output index i =
 * {@code Expression.nonNeutral().get(i)}) with the teacher's settings: learning rate, batch size, epoch limit and
 * early stopping on validation accuracy. The upper bound that continual learning is compared with.
 *
 * <p>Not checkpointed: a joint run is a benchmark baseline, not a job step.
 */
public final class JointTraining implements AutoCloseable {

  private final TrainingConfig config;
  private final NetworkSession session;

  /** Opens a fresh network with 21 outputs, seeded by {@code config.seed()}. */
  public JointTraining(TrainingConfig config) {
    this.config = config;
    Engine.getInstance().setRandomSeed((int) config.seed());
    this.session =
        new NetworkSession(
            "joint",
            ExpressionNetwork.create(config.backbone(), Expression.nonNeutral().size(), config.seed()),
            config.channels(),
            config.imageSize(),
            config.device());
  }

  /** Trains until early stopping or maxEpochs, restores the best validated weights and scores {@code test}. */
  public JointResult train(List<Example> train, List<Example> validation, List<Example> test) {
    return train(train, validation, test, summary -> {});
  }

  /** As {@link #train(List, List, List)}, telling {@code onEpoch} after every epoch. */
  public JointResult train(
      List<Example> train, List<Example> validation, List<Example> test, Consumer<EpochSummary> onEpoch) {
    requireNonNeutral("train", train);
    requireNonNeutral("validation", validation);
    requireNonNeutral("test", test);
    long begin = System.nanoTime();
    ClassifierTraining training =
        new ClassifierTraining(config, session, new ClassifierTraining.Data(Expression.nonNeutral(), train, validation));
    EpochSummary summary;
    do {
      summary = training.runEpoch();
      onEpoch.accept(summary);
    } while (!summary.stopped());
    training.restoreBest();
    double seconds = (System.nanoTime() - begin) / 1e9;
    ClassAccuracy accuracy = evaluate(test);
    return new JointResult(
        accuracy.overall(), accuracy.perClass(), training.epochsDone(), seconds, training.imagesPerSecond(),
        training.confusion(test));
  }

  /** Arg-max accuracy of the current network on any subset of the classes' images (e.g. only old classes). */
  public ClassAccuracy evaluate(List<Example> examples) {
    float[][] logits = session.logits(examples.stream().map(Example::pixels).toList());
    return ClassAccuracy.of(Expression.nonNeutral(), examples.stream().map(Example::expression).toList(), logits);
  }

  /** Saves the current network, loadable by {@code ExpressionModel}; returns {@code dir}. */
  public Path saveModel(Path dir) {
    return ModelFiles.save(
        dir,
        new ModelDescriptor(config.backbone(), config.imageSize(), config.channels(), Expression.nonNeutral()),
        session.parameters());
  }

  private void requireNonNeutral(String set, List<Example> examples) {
    if (examples == null || examples.isEmpty()) {
      throw new IllegalArgumentException("The " + set + " set is empty");
    }
    for (Example example : examples) {
      if (!example.expression().isBasic() && !example.expression().isCompound()) {
        throw new IllegalArgumentException("The " + set + " set holds " + example.ref() + " of class "
            + example.expression() + "; joint training learns the 21 non-neutral classes");
      }
      if (example.pixels().length != config.pixelsPerImage()) {
        throw new IllegalArgumentException("Image " + example.ref() + " has " + example.pixels().length
            + " floats, expected " + config.pixelsPerImage());
      }
    }
  }

  @Override
  public void close() {
    session.close();
  }
}
