package dev.compoundfer.core.network;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

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
