package dev.compoundfer.core.training;

import ai.djl.Model;
import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.translate.Translator;
import dev.compoundfer.core.network.ExpressionNetwork;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One network in one DJL model, with an optional trainer: scoped training steps and scoped inference.
 *
 * <p>Every step and every inference batch runs in its own sub-manager that is closed afterwards; results leave as
 * Java arrays.
 */
public final class NetworkSession implements AutoCloseable {

  private static final int INFERENCE_BATCH = 64;

  private final Model model;
  private final int channels;
  private final int size;
  private ExpressionNetwork network;
  private Trainer trainer;
  private CheckpointedAdam optimizer;

  /** Opens a model on the configured device and initialises the network's missing parameters. */
  public NetworkSession(String name, ExpressionNetwork network, int channels, int size, String device) {
    this.model = Model.newInstance(name, Devices.of(device));
    this.channels = channels;
    this.size = size;
    setNetwork(network);
  }

  public ExpressionNetwork network() {
    return network;
  }

  /** Input channels of the images this session takes. */
  public int channels() {
    return channels;
  }

  /** Input height and width in pixels. */
  public int imageSize() {
    return size;
  }

  public NDManager manager() {
    return model.getNDManager();
  }

  /**
   * A DJL predictor over this session's network in inference mode. Predictors are not thread-safe (each keeps its
   * own parameter store); the model and its parameters are shared, so several may run at once.
   */
  public <I, O> Predictor<I, O> newPredictor(Translator<I, O> translator) {
    return model.newPredictor(translator);
  }

  /** Replaces the network (e.g. by an expanded one sharing the features); closes the trainer. */
  public void replaceNetwork(ExpressionNetwork next) {
    closeTrainer();
    ExpressionNetwork previous = network;
    setNetwork(next);
    if (previous != null && previous.classifier() != next.classifier()) {
      previous.classifier().getParameters().values().forEach(Parameter::close);
    }
  }

  /** Starts (or restarts) training with a fresh Adam optimiser at the given learning rate. */
  public void startTraining(double learningRate) {
    closeTrainer();
    optimizer = new CheckpointedAdam((float) learningRate, new AdamState(model.getNDManager()));
    DefaultTrainingConfig config =
        new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
            .optDevices(new ai.djl.Device[] {model.getNDManager().getDevice()})
            .optOptimizer(optimizer);
    trainer = model.newTrainer(config);
    trainer.initialize(inputShape(1));
  }

  /** Changes the learning rate of the running training, keeping Adam's moments (a plateau decay). */
  public void setLearningRate(double learningRate) {
    requireTraining("setLearningRate");
    optimizer.setLearningRate((float) learningRate);
  }

  /** Adam's moments and update counts, keyed by parameter name (see {@link AdamState#toBytes}). */
  public byte[] optimizerState() {
    requireTraining("optimizerState");
    return optimizer.state().toBytes(network.getParameters());
  }

  /** Continues from a saved optimiser state; call after {@link #startTraining} and before the first step. */
  public void restoreOptimizerState(byte[] state) {
    requireTraining("restoreOptimizerState");
    optimizer.state().restore(state, network.getParameters());
  }

  private void requireTraining(String method) {
    if (trainer == null) {
      throw new IllegalStateException("startTraining must be called before " + method);
    }
  }

  /** Freezes all parameters (for a teacher used only for distillation). */
  public void freeze() {
    network.freezeParameters(true);
  }

  /**
   * One optimiser step on a batch.
   *
   * @param pixels the batch, {@code n * channels * size * size} floats
   * @param labels class index per image, length n
   */
  public StepResult trainStep(float[] pixels, int[] labels, StepLoss loss) {
    requireTraining("trainStep");
    int n = labels.length;
    try (NDManager step = trainer.getManager().newSubManager()) {
      NDArray x = step.create(pixels, inputShape(n));
      NDArray y = step.create(labels);
      double lossValue;
      int correct = 0;
      synchronized (GradientRecording.LOCK) {
        try (GradientCollector collector = trainer.newGradientCollector()) {
          NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
          NDArray value = loss.compute(logits, y, x);
          collector.backward(value);
          lossValue = value.getFloat();
          long[] predicted = logits.argMax(1).toType(DataType.INT64, false).toLongArray();
          for (int i = 0; i < n; i++) {
            correct += predicted[i] == labels[i] ? 1 : 0;
          }
        }
      }
      trainer.step();
      return new StepResult(lossValue, correct, n);
    }
  }

  /**
   * One optimiser step on a batch whose loss needs no class labels (pretraining).
   *
   * @param pixels the batch, {@code images * channels * size * size} floats
   * @return the step's loss
   */
  public double trainStep(float[] pixels, int images, OutputLoss loss) {
    requireTraining("trainStep");
    try (NDManager step = trainer.getManager().newSubManager()) {
      NDArray x = step.create(pixels, inputShape(images));
      double lossValue;
      synchronized (GradientRecording.LOCK) {
        try (GradientCollector collector = trainer.newGradientCollector()) {
          NDArray value = loss.compute(trainer.forward(new NDList(x)).singletonOrThrow());
          collector.backward(value);
          lossValue = value.getFloat();
        }
      }
      trainer.step();
      return lossValue;
    }
  }

  /** Raw logits {@code [image][class]} in inference mode (dropout off, BatchNorm moving statistics). */
  public float[][] logits(List<float[]> images) {
    float[][] out = new float[images.size()][];
    for (int start = 0; start < images.size(); start += INFERENCE_BATCH) {
      int end = Math.min(images.size(), start + INFERENCE_BATCH);
      float[][] part = logitsOfBatch(images.subList(start, end));
      System.arraycopy(part, 0, out, start, part.length);
    }
    return out;
  }

  /** Feature vectors {@code [image][32]} (the classifier's input) in inference mode, e.g. for herding. */
  public float[][] features(List<float[]> images) {
    float[][] out = new float[images.size()][];
    for (int start = 0; start < images.size(); start += INFERENCE_BATCH) {
      List<float[]> part = images.subList(start, Math.min(images.size(), start + INFERENCE_BATCH));
      try (NDManager scope = model.getNDManager().newSubManager()) {
        NDArray x = scope.create(Batches.stack(part, channels * size * size), inputShape(part.size()));
        NDArray features =
            network.features().forward(new ParameterStore(scope, false), new NDList(x), false).singletonOrThrow();
        int width = (int) features.getShape().get(1);
        float[] flat = features.toFloatArray();
        for (int i = 0; i < part.size(); i++) {
          out[start + i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
      }
    }
    return out;
  }

  /** Forward pass in inference mode inside a caller-owned scope; {@code (N, C, H, W) -> (N, classes)}. */
  public NDArray forward(NDManager scope, NDArray inputs) {
    return network.forward(new ParameterStore(scope, false), new NDList(inputs), false).singletonOrThrow();
  }

  private float[][] logitsOfBatch(List<float[]> images) {
    try (NDManager scope = model.getNDManager().newSubManager()) {
      NDArray x = scope.create(Batches.stack(images, channels * size * size), inputShape(images.size()));
      NDArray logits = forward(scope, x);
      int classes = (int) logits.getShape().get(1);
      float[] flat = logits.toFloatArray();
      float[][] out = new float[images.size()][classes];
      for (int i = 0; i < out.length; i++) {
        System.arraycopy(flat, i * classes, out[i], 0, classes);
      }
      return out;
    }
  }

  /** All parameters (weights and BatchNorm statistics) in DJL's block format. */
  public byte[] parameters() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      network.saveParameters(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Replaces all parameter values; closes the trainer (call {@link #startTraining} again to train on). */
  public void loadParameters(byte[] parameters) {
    closeTrainer();
    network.getParameters().values().forEach(Parameter::close);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
      network.loadParameters(model.getNDManager(), in);
    } catch (IOException | MalformedModelException e) {
      throw new IllegalStateException("Parameters do not fit this network: " + e.getMessage(), e);
    }
  }

  private void setNetwork(ExpressionNetwork next) {
    network = next;
    model.setBlock(next);
    next.initialize(model.getNDManager(), DataType.FLOAT32, inputShape(1));
  }

  private Shape inputShape(int n) {
    return new Shape(n, channels, size, size);
  }

  private void closeTrainer() {
    if (trainer != null) {
      trainer.close();
      trainer = null;
      optimizer.state().close();
      optimizer = null;
    }
  }

  @Override
  public void close() {
    closeTrainer();
    model.close();
  }
}
