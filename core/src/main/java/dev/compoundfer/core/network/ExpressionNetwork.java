package dev.compoundfer.core.network;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Backbone and head {@code (N, channels, size, size) -> (N, 32)} followed by a {@link ClassifierBlock}
 * {@code (N, 32) -> (N, classes)} giving raw logits.
 *
 * <p>The two parts are separate children so that an increment can swap in an expanded classifier while the
 * features (and their trained arrays) stay the same objects.
 */
public final class ExpressionNetwork extends AbstractBlock {

  private static final byte VERSION = 1;

  private final Block features;
  private final ClassifierBlock classifier;

  public ExpressionNetwork(Block features, ClassifierBlock classifier) {
    super(VERSION);
    this.features = addChildBlock("features", features);
    this.classifier = addChildBlock("classifier", classifier);
  }

  /** Builds a network with fresh weights for the given backbone name. */
  public static ExpressionNetwork create(String backbone, int classes, long seed) {
    return new ExpressionNetwork(Backbones.features(backbone), new ClassifierBlock(classes, seed));
  }

  /** The same features with a classifier that has one more output row (old rows kept). */
  public ExpressionNetwork expanded(long seed) {
    return new ExpressionNetwork(features, ClassifierBlock.expandedFrom(classifier, seed));
  }

  public Block features() {
    return features;
  }

  public ClassifierBlock classifier() {
    return classifier;
  }

  /**
   * Forward pass that exposes the output of the last convolutional stage, Grad-CAM's target {@code A}
   * {@code (N, K, h, w)} (small backbone: K = 128, h = H/8; ResNet v1: conv5, v2: post, K = 512 or 2048,
   * h = H/32). As the reference's {@code find_layer}, the stage is the last child of the features whose
   * output is 4-D (method.md §7).
   *
   * @param inputs images {@code (N, C, H, W)}
   * @param atLastStage applied to {@code A} before the rest of the network runs on its result, e.g. to make it a
   *     gradient leaf
   * @return {@code [atLastStage(A) (N, K, h, w), logits (N, classes)]}
   * @throws IllegalStateException if the features are not a {@link SequentialBlock} with a 4-D child
   */
  public NDList forwardWithLastStage(
      ParameterStore store, NDArray inputs, UnaryOperator<NDArray> atLastStage, boolean training) {
    List<Block> stages = stages();
    int last = lastStageIndex(inputs.getShape());
    NDList x = new NDList(inputs);
    NDArray stage = null;
    for (int i = 0; i < stages.size(); i++) {
      boolean stageTraining =
          features instanceof FeatureStages named ? named.trainingOf(i, training) : training;
      x = stages.get(i).forward(store, x, stageTraining);
      if (i == last) {
        stage = atLastStage.apply(x.singletonOrThrow());
        x = new NDList(stage);
      }
    }
    return new NDList(stage, classifier.forward(store, x, training).singletonOrThrow());
  }

  private List<Block> stages() {
    if (!(features instanceof SequentialBlock sequential)) {
      throw new IllegalStateException("Grad-CAM needs sequential features, not " + features.getClass().getName());
    }
    return sequential.getChildren().values();
  }

  private int lastStageIndex(Shape inputShape) {
    List<Block> stages = stages();
    Shape[] shapes = {inputShape};
    int last = -1;
    for (int i = 0; i < stages.size(); i++) {
      shapes = stages.get(i).getOutputShapes(shapes);
      if (shapes[0].dimension() == 4) {
        last = i;
      }
    }
    if (last < 0) {
      throw new IllegalStateException("The features have no stage with a 4-D output");
    }
    return last;
  }

  /** Reads the version and metadata this block writes before its children's parameters. */
  void readHeader(DataInputStream in) throws IOException, MalformedModelException {
    loadMetadata(in.readByte(), in);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList featureList = features.forward(store, inputs, training, params);
    return classifier.forward(store, featureList, training, params);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return classifier.getOutputShapes(features.getOutputShapes(inputShapes));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    features.initialize(manager, dataType, inputShapes);
    classifier.initialize(manager, dataType, features.getOutputShapes(inputShapes));
  }
}
