package dev.compoundfer.core.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.Random;

/**
 * The final linear layer, {@code (N, features) -> (N, classes)} logits, with weight {@code (classes, features)} and
 * bias {@code (classes)}.
 *
 * <p>It is a block of its own so that an {@link #expandedFrom expanded copy} can keep the old rows bit-identical and
 * add one Xavier-uniform row with zero bias (method.md §3.3 step 6).
 */
public final class ClassifierBlock extends AbstractBlock {

  private static final byte VERSION = 1;

  private final int classes;
  private final Parameter weight;
  private final Parameter bias;

  /** A classifier with fresh weights: Xavier uniform (Keras' default) and zero bias. */
  public ClassifierBlock(int classes, long seed) {
    this(classes, null, null, seed);
  }

  private ClassifierBlock(int classes, float[] oldWeight, float[] oldBias, long seed) {
    super(VERSION);
    if (classes < 1) {
      throw new IllegalArgumentException("classes must be at least 1, was " + classes);
    }
    this.classes = classes;
    weight =
        addParameter(
            Parameter.builder()
                .setName("weight")
                .setType(Parameter.Type.WEIGHT)
                .optInitializer(new RowsInitializer(oldWeight, seed))
                .build());
    bias =
        addParameter(
            Parameter.builder()
                .setName("bias")
                .setType(Parameter.Type.BIAS)
                .optInitializer(new RowsInitializer(oldBias == null ? new float[0] : oldBias, seed))
                .build());
  }

  /**
   * A classifier with one more output row: rows {@code 0..C-1} copy {@code previous}, row {@code C} is Xavier
   * uniform {@code U(±sqrt(6/(features+1)))} with bias 0.
   */
  public static ClassifierBlock expandedFrom(ClassifierBlock previous, long seed) {
    float[] w = previous.weight.getArray().toFloatArray();
    float[] b = previous.bias.getArray().toFloatArray();
    return new ClassifierBlock(previous.classes + 1, w, b, seed);
  }

  public int classes() {
    return classes;
  }

  /** The weight as a Java array, row-major {@code (classes, features)}. */
  public float[] weightValues() {
    return weight.getArray().toFloatArray();
  }

  /** The bias as a Java array {@code (classes)}. */
  public float[] biasValues() {
    return bias.getArray().toFloatArray();
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    long features = inputShapes[0].get(inputShapes[0].dimension() - 1);
    weight.setShape(new Shape(classes, features));
    bias.setShape(new Shape(classes));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray input = inputs.singletonOrThrow();
    NDArray w = store.getValue(weight, input.getDevice(), training);
    NDArray b = store.getValue(bias, input.getDevice(), training);
    return Linear.linear(input, w, b);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), classes)};
  }

  /** Fills given leading values, the rest Xavier uniform (weights, 2-D) or zero (bias, 1-D). */
  private record RowsInitializer(float[] leading, long seed) implements Initializer {
    @Override
    public NDArray initialize(ai.djl.ndarray.NDManager manager, Shape shape, DataType dataType) {
      float[] values = new float[(int) shape.size()];
      if (shape.dimension() == 2) {
        long fanIn = shape.get(1);
        // Keras GlorotUniform on one new column of shape (features, 1): limit sqrt(6 / (features + 1)).
        double limit = Math.sqrt(6.0 / (fanIn + (leading == null ? shape.get(0) : 1)));
        Random random = new Random(seed);
        for (int i = 0; i < values.length; i++) {
          values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
        }
      }
      if (leading != null) {
        System.arraycopy(leading, 0, values, 0, leading.length);
      }
      return manager.create(values, shape).toType(dataType, false);
    }
  }
}
