package dev.compoundfer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adam's state: per parameter the first and second moment (each shaped like the parameter) and the number of
 * updates, exportable to bytes keyed by parameter name and importable into a fresh network.
 *
 * <p>The moments live in a sub-manager of the model's manager that {@link #close} releases, so a restarted
 * training (one per increment) does not leave the previous moments behind until the model closes.
 */
public final class AdamState implements AutoCloseable {

  private static final int FORMAT = 1;

  private final NDManager manager;
  private final Map<String, Moments> byId = new HashMap<>();
  private int step;

  /** Opens the state in a sub-manager of {@code modelManager}. */
  public AdamState(NDManager modelManager) {
    this.manager = modelManager.newSubManager();
  }

  /**
   * Counts one update of the parameter and returns the bias-correction step {@code t}. As DJL's
   * {@code Optimizer.updateCount}, {@code t} is the highest count of any parameter so far, which equals the
   * parameter's own count whenever every parameter is updated on every step.
   */
  int nextStep(String parameterId, NDArray weight) {
    Moments moments = moments(parameterId, weight);
    moments.updates++;
    step = Math.max(step, moments.updates);
    return step;
  }

  NDArray mean(String parameterId, NDArray weight) {
    return moments(parameterId, weight).mean;
  }

  NDArray variance(String parameterId, NDArray weight) {
    return moments(parameterId, weight).variance;
  }

  private Moments moments(String parameterId, NDArray weight) {
    return byId.computeIfAbsent(
        parameterId,
        id -> new Moments(0, zeros(weight), zeros(weight)));
  }

  private NDArray zeros(NDArray weight) {
    return manager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice());
  }

  /** The state as bytes, each parameter under its name in {@code parameters} (names survive a restart, ids do not). */
  public byte[] toBytes(PairList<String, Parameter> parameters) {
    Map<String, Moments> byName = new TreeMap<>();
    for (Pair<String, Parameter> parameter : parameters) {
      Moments moments = byId.get(parameter.getValue().getId());
      if (moments != null) {
        byName.put(parameter.getKey(), moments);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(byName.size());
      for (Map.Entry<String, Moments> entry : byName.entrySet()) {
        out.writeUTF(entry.getKey());
        out.writeInt(entry.getValue().updates);
        writeArray(out, entry.getValue().mean);
        writeArray(out, entry.getValue().variance);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Replaces the state by the one in {@code bytes}, matching parameters by name.
   *
   * @throws IllegalStateException if a name is not one of {@code parameters} or a moment's shape differs
   */
  public void restore(byte[] bytes, PairList<String, Parameter> parameters) {
    Map<String, Parameter> byName = new HashMap<>();
    parameters.forEach(pair -> byName.put(pair.getKey(), pair.getValue()));
    Map<String, Moments> restored = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        throw new IllegalStateException("Unsupported optimiser state format");
      }
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        Parameter parameter = byName.get(name);
        if (parameter == null) {
          throw new IllegalStateException("Optimiser state has parameter " + name + ", which this network lacks");
        }
        Moments moments = new Moments(in.readInt(), readArray(in), readArray(in));
        if (!moments.mean.getShape().equals(parameter.getArray().getShape())) {
          throw new IllegalStateException("Optimiser state of " + name + " has shape " + moments.mean.getShape()
              + ", the parameter " + parameter.getArray().getShape());
        }
        restored.put(parameter.getId(), moments);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Unreadable optimiser state: " + e.getMessage(), e);
    }
    byId.values().forEach(Moments::close);
    byId.clear();
    byId.putAll(restored);
    step = restored.values().stream().mapToInt(m -> m.updates).max().orElse(0);
  }

  private static void writeArray(DataOutputStream out, NDArray array) throws IOException {
    byte[] encoded = array.encode();
    out.writeInt(encoded.length);
    out.write(encoded);
  }

  private NDArray readArray(DataInputStream in) throws IOException {
    int length = in.readInt();
    byte[] encoded = in.readNBytes(length);
    if (encoded.length != length) {
      throw new IOException("truncated moment");
    }
    return manager.decode(encoded);
  }

  @Override
  public void close() {
    manager.close();
  }

  private static final class Moments {
    private int updates;
    private final NDArray mean;
    private final NDArray variance;

    private Moments(int updates, NDArray mean, NDArray variance) {
      this.updates = updates;
      this.mean = mean;
      this.variance = variance;
    }

    private void close() {
      mean.close();
      variance.close();
    }
  }
}
