package dev.compoundfer.core.inference;

import ai.djl.inference.Predictor;
import dev.compoundfer.core.checkpoint.CheckpointFile;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.ClassAccuracy;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.training.NetworkSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved model ready to predict: images {@code (channels * size * size)} floats in [0,1], CHW. Thread-safe: calls
 * are serialised, each in its own NDManager scope.
 */
public final class ExpressionModel implements AutoCloseable {

  private final ModelDescriptor descriptor;
  private final NetworkSession session;
  private final String version;

  private ExpressionModel(ModelDescriptor descriptor, NetworkSession session, String version) {
    this.descriptor = descriptor;
    this.session = session;
    this.version = version;
  }

  /** Loads {@code model.json} and {@code parameters.bin} from {@code modelDir} on {@code cpu}, {@code gpu} or {@code auto}. */
  public static ExpressionModel load(Path modelDir, String device) {
    ModelDescriptor descriptor = ModelFiles.descriptor(modelDir);
    byte[] parameters = ModelFiles.parameters(modelDir);
    ExpressionNetwork network =
        ExpressionNetwork.create(descriptor.backbone(), descriptor.classes().size(), 0L);
    NetworkSession session =
        new NetworkSession(
            "expression-model", network, descriptor.channels(), descriptor.imageSize(), device);
    try {
      session.loadParameters(parameters);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
    return new ExpressionModel(descriptor, session, CheckpointFile.sha256Hex(parameters).substring(0, 16));
  }

  public Prediction predict(float[] pixels) {
    return predict(List.of(pixels)).get(0);
  }

  public synchronized List<Prediction> predict(List<float[]> batch) {
    float[][] logits = session.logits(batch);
    List<Prediction> out = new ArrayList<>(logits.length);
    for (float[] row : logits) {
      out.add(toPrediction(row));
    }
    return out;
  }

  /** A predictor of raw logits {@code [image][class]} for CHW images; not thread-safe, see {@link PredictorPool}. */
  public Predictor<List<float[]>, float[][]> newPredictor() {
    return session.newPredictor(new LogitsTranslator(descriptor.channels(), descriptor.imageSize()));
  }

  /** The label and softmax probabilities of one image's logits. */
  public Prediction toPrediction(float[] logits) {
    double max = logits[ClassAccuracy.argMax(logits)];
    double[] exp = new double[logits.length];
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      exp[i] = Math.exp(logits[i] - max);
      sum += exp[i];
    }
    Map<Expression, Double> probabilities = new LinkedHashMap<>();
    for (int i = 0; i < logits.length; i++) {
      probabilities.put(descriptor.classes().get(i), exp[i] / sum);
    }
    return new Prediction(descriptor.classes().get(ClassAccuracy.argMax(logits)), probabilities);
  }

  public List<Expression> classes() {
    return descriptor.classes();
  }

  public int imageSize() {
    return descriptor.imageSize();
  }

  public int channels() {
    return descriptor.channels();
  }

  /** The first 16 hex digits of the SHA-256 of the parameter file. */
  public String version() {
    return version;
  }

  @Override
  public synchronized void close() {
    session.close();
  }
}
