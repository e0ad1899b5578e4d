package dev.compoundfer.core.training;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.ClassAccuracy;
import dev.compoundfer.core.metrics.ConfusionMatrix;
import dev.compoundfer.core.network.Freezing;
import java.util.List;
import java.util.Random;

/**
 * Supervised epochs of one network on a fixed class list: train on shuffled, augmented batches with cross entropy,
 * validate, update early stopping and keep the best parameters. The teacher (six basic classes) and joint training
 * (all 21 non-neutral classes) are both this loop; they differ only in their classes and what they persist.
 */
public final class ClassifierTraining {

  /**
   * What to learn.
   *
   * @param classes the classifier's output order
   * @param train training images, every class among {@code classes}
   * @param validation images for early stopping
   */
  public record Data(List<Expression> classes, List<Example> train, List<Example> validation) {
    public Data {
      classes = List.copyOf(classes);
      train = List.copyOf(train);
      validation = List.copyOf(validation);
    }
  }

  private final TrainingConfig config;
  private final NetworkSession session;
  private final Data data;
  private EarlyStopping earlyStopping;
  private int epochsDone;
  private byte[] bestParameters;
  private long imagesTrained;
  private double trainingSeconds;

  /**
   * Starts training the network as it is (nothing frozen or unfrozen) with Adam at {@code config.learningRate()},
   * decayed tenfold on plateaus (see {@link EarlyStopping}).
   */
  public ClassifierTraining(TrainingConfig config, NetworkSession session, Data data) {
    this(config, session, data, null);
  }

  /**
   * Starts training the parts of the network that {@code freezing} leaves trainable (all if null), with a fresh
   * Adam at {@code config.learningRate()}.
   */
  public ClassifierTraining(TrainingConfig config, NetworkSession session, Data data, Freezing freezing) {
    this.config = config;
    this.session = session;
    this.data = data;
    this.earlyStopping = new EarlyStopping(config.patience(), config.minDelta());
    // Before startTraining: the trainer reads which parameters take gradients when it first sees them.
    if (freezing != null) {
      freezing.applyTo(session.network());
    }
    session.startTraining(config.learningRate());
  }

  /**
   * Continues after {@code epochsDone} epochs with the given early-stopping state (and the learning rate its decays
   * imply) and best parameters.
   */
  public void resume(int epochsDone, EarlyStopping.State state, byte[] bestParameters) {
    this.epochsDone = epochsDone;
    this.earlyStopping = new EarlyStopping(config.patience(), config.minDelta(), state);
    this.bestParameters = bestParameters;
    session.setLearningRate(config.learningRate() * earlyStopping.learningRateScale());
  }

  /**
   * One epoch: train, validate, update early stopping (and the learning rate when a plateau decays it); stopped =
   * early stopping triggered or maxEpochs reached.
   */
  public EpochSummary runEpoch() {
    EpochSeed seed = new EpochSeed(config.seed(), EpochSeed.Phase.CLASSIFIER, 0, epochsDone);
    seed.seedEngine();
    Random random = seed.random();
    TrainingEpoch.BatchPlan plan =
        new TrainingEpoch.BatchPlan(
            config.batchSize(),
            config.pixelsPerImage(),
            new Augmentation(config.channels(), config.imageSize(), random.nextLong()),
            random);
    TrainingEpoch.Result result =
        TrainingEpoch.run(session, data.train(), data.classes(), new CrossEntropy(), plan);
    imagesTrained += data.train().size();
    trainingSeconds += data.train().size() / Math.max(1e-9, result.imagesPerSecond());
    double validationAccuracy = evaluate(data.validation()).overall();
    int decays = earlyStopping.state().learningRateDecays();
    boolean improved = earlyStopping.update(validationAccuracy);
    if (earlyStopping.state().learningRateDecays() != decays) {
      session.setLearningRate(config.learningRate() * earlyStopping.learningRateScale());
    }
    if (improved || bestParameters == null) {
      bestParameters = session.parameters();
    }
    epochsDone++;
    boolean stopped = earlyStopping.triggered() || epochsDone >= config.maxEpochs();
    return new EpochSummary(
        epochsDone, result.loss(), result.accuracy(), validationAccuracy, result.imagesPerSecond(), improved,
        stopped);
  }

  /** Loads the best validated parameters into the session, if any epoch ran. */
  public void restoreBest() {
    if (bestParameters != null) {
      session.loadParameters(bestParameters);
    }
  }

  /** Arg-max accuracy of the current network on {@code examples}, in this training's class order. */
  public ClassAccuracy evaluate(List<Example> examples) {
    float[][] logits = session.logits(examples.stream().map(Example::pixels).toList());
    return ClassAccuracy.of(data.classes(), examples.stream().map(Example::expression).toList(), logits);
  }

  /** Confusion matrix of the current network on {@code examples}, in this training's class order. */
  public ConfusionMatrix confusion(List<Example> examples) {
    float[][] logits = session.logits(examples.stream().map(Example::pixels).toList());
    return ConfusionMatrix.of(data.classes(), examples.stream().map(Example::expression).toList(), logits);
  }

  public int epochsDone() {
    return epochsDone;
  }

  public EarlyStopping.State earlyStoppingState() {
    return earlyStopping.state();
  }

  /** The best validated parameters so far, null before the first epoch. */
  public byte[] bestParameters() {
    return bestParameters;
  }

  /** Training images per second of training steps (validation excluded), over the epochs run in this process. */
  public double imagesPerSecond() {
    return trainingSeconds == 0 ? 0 : imagesTrained / trainingSeconds;
  }
}
