package dev.compoundfer.core.gradcam;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.inference.ModelDescriptor;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.training.Batches;
import dev.compoundfer.core.training.GradientRecording;
import dev.compoundfer.core.training.NetworkSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Grad-CAM in the reference's guided variant (method.md §7). With {@code A} {@code (K, h, w)} the output of the last
 * convolutional stage and {@code y_c} the raw logit of class c:
 *
 * <pre>
 *   w_k = mean_ij( 1[A_kij > 0] * 1[dy_c/dA_kij > 0] * dy_c/dA_kij )     (K)
 *   cam = sum_k w_k A_k                                                  (h, w), no ReLU
 * </pre>
 *
 * then bilinear resize to the input size and min-max normalisation to [0, 1].
 *
 * <p>Each batch runs in its own sub-manager of the session's model, closed afterwards; maps leave as Java arrays.
 * DJL's PyTorch engine allows one gradient collector at a time, so maps take turns with training steps on
 * {@link GradientRecording#LOCK}.
 */
public final class GradCam implements AutoCloseable {

  private static final int BATCH = 16;

  private final NetworkSession session;
  private final List<Expression> classes;
  private final boolean ownsSession;

  /**
   * Maps for a caller-owned session, which stays open on {@link #close}.
   *
   * @param session a frozen session (otherwise the backward pass would add to its parameters' gradients)
   * @param classes the network's output order
   */
  public GradCam(NetworkSession session, List<Expression> classes) {
    this(session, classes, false);
  }

  private GradCam(NetworkSession session, List<Expression> classes, boolean ownsSession) {
    boolean trainable = session.network().getParameters().values().stream().anyMatch(Parameter::requiresGradient);
    if (trainable) {
      throw new IllegalArgumentException("Freeze the session before computing Grad-CAM maps");
    }
    this.session = session;
    this.classes = List.copyOf(classes);
    this.ownsSession = ownsSession;
  }

  /** Loads a saved model ({@code ModelFiles}) frozen, for maps only; {@link #close} releases it. */
  public static GradCam open(Path modelDir, String device) {
    ModelDescriptor descriptor = ModelFiles.descriptor(modelDir);
    NetworkSession session =
        new NetworkSession(
            "grad-cam", ExpressionNetwork.create(descriptor.backbone(), descriptor.classes().size(), 0L),
            descriptor.channels(), descriptor.imageSize(), device);
    try {
      session.loadParameters(ModelFiles.parameters(modelDir));
      session.freeze();
      return new GradCam(session, descriptor.classes(), true);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  public List<Expression> classes() {
    return classes;
  }

  /** The map of {@code target} on one image, CHW floats; {@code (size, size)}. */
  public HeatMap map(float[] pixels, Expression target) {
    return maps(List.of(pixels), target).get(0);
  }

  /** One map of {@code target} per image; each {@code (size, size)}. */
  public List<HeatMap> maps(List<float[]> images, Expression target) {
    int index = classes.indexOf(target);
    if (index < 0) {
      throw new IllegalArgumentException(target + " is not one of the model's classes " + classes);
    }
    List<HeatMap> out = new ArrayList<>(images.size());
    for (int start = 0; start < images.size(); start += BATCH) {
      for (float[][] raw : rawMaps(images.subList(start, Math.min(images.size(), start + BATCH)), index)) {
        out.add(HeatMap.fromRaw(raw, session.imageSize(), session.imageSize()));
      }
    }
    return out;
  }

  /** Unnormalised maps {@code [image][h][w]} at the last stage's resolution. */
  private float[][][] rawMaps(List<float[]> images, int classIndex) {
    int n = images.size();
    int size = session.imageSize();
    try (NDManager scope = session.manager().newSubManager()) {
      NDArray x = scope.create(Batches.stack(images, session.channels() * size * size),
          new Shape(n, session.channels(), size, size));
      NDArray stage;
      synchronized (GradientRecording.LOCK) {
        try (GradientCollector collector = scope.getEngine().newGradientCollector()) {
          NDList out =
              session.network().forwardWithLastStage(new ParameterStore(scope, false), x, GradCam::leaf, false);
          stage = out.get(0);
          // The images' logits are independent in inference mode, so one backward of their sum gives each image's
          // own gradient.
          collector.backward(out.get(1).get(":, {}", classIndex).sum());
        }
      }
      NDArray a = stage.stopGradient();
      NDArray g = stage.getGradient();
      NDArray guided = a.gt(0).logicalAnd(g.gt(0)).toType(DataType.FLOAT32, false).mul(g);
      // Sum then divide: the PyTorch engine's mean takes one axis only.
      NDArray weights = guided.sum(new int[] {2, 3}, true).div((float) (a.getShape().get(2) * a.getShape().get(3)));
      NDArray cam = a.mul(weights).sum(new int[] {1});
      return toMaps(cam.toFloatArray(), n, cam.getShape());
    }
  }

  /** A detached copy of the stage output that collects gradients: {@code dy/dA} without graphs into the backbone. */
  private static NDArray leaf(NDArray stage) {
    NDArray leaf = stage.stopGradient();
    leaf.setRequiresGradient(true);
    return leaf;
  }

  private static float[][][] toMaps(float[] flat, int n, Shape shape) {
    int h = (int) shape.get(1);
    int w = (int) shape.get(2);
    float[][][] maps = new float[n][h][w];
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < h; r++) {
        System.arraycopy(flat, (i * h + r) * w, maps[i][r], 0, w);
      }
    }
    return maps;
  }

  @Override
  public void close() {
    if (ownsSession) {
      session.close();
    }
  }
}
