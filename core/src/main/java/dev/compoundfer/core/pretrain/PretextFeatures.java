package dev.compoundfer.core.pretrain;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.compoundfer.core.network.Backbones;
import dev.compoundfer.core.network.ClassifierBlock;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.network.FeatureStages;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The features of a pretraining network: a backbone's stages without the reference head, then SimCLR's projection
 * MLP (global average pool, dense {@value #HIDDEN}, ReLU), {@code (N, C, H, W) -> (N, 128)}; an output layer follows.
 *
 * <p>Why not the reference head: its sigmoid layers with dropout learned nothing in ten contrastive steps (the loss
 * stayed at chance, log(2N-1)), while this MLP does. The head is still built and initialised, never trained, so that
 * {@link #backboneParameters} writes a file with the layout of an {@link ExpressionNetwork} of the backbone, which
 * {@link dev.compoundfer.core.network.PretrainedBackbone} reads.
 */
final class PretextFeatures extends AbstractBlock {

  static final int HIDDEN = 128;

  private final FeatureStages stages;
  private final SequentialBlock projection;

  PretextFeatures(String backbone) {
    super((byte) 1);
    this.stages = addChildBlock("stages", (FeatureStages) Backbones.features(backbone));
    this.projection =
        addChildBlock(
            "projection",
            new SequentialBlock()
                .add(Pool.globalAvgPool2dBlock())
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(HIDDEN).build())
                .add(Activation.reluBlock()));
  }

  /** The backbone stages (with the untrained head) as an {@link ExpressionNetwork} file with a 1-row classifier. */
  byte[] backboneParameters() {
    NDManager manager = stages.getParameters().valueAt(0).getArray().getManager();
    ClassifierBlock classifier = new ClassifierBlock(1, 0L);
    try (NDManager scope = manager.newSubManager()) {
      ExpressionNetwork network = new ExpressionNetwork(stages, classifier);
      // Initialises only the classifier: DJL skips parameters that already hold arrays, the trained stages among them.
      network.initialize(scope, DataType.FLOAT32, getInputShapes());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        network.saveParameters(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList x = inputs;
    for (String name : stages.stageNames()) {
      if (!FeatureStages.HEAD.equals(name)) {
        x = stages.stage(name).forward(store, x, training, params);
      }
    }
    return projection.forward(store, x, training, params);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return projection.getOutputShapes(backboneShapes(inputShapes));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    stages.initialize(manager, dataType, inputShapes);
    projection.initialize(manager, dataType, backboneShapes(inputShapes));
  }

  private Shape[] backboneShapes(Shape[] inputShapes) {
    Shape[] shapes = inputShapes;
    for (String name : stages.stageNames()) {
      if (!FeatureStages.HEAD.equals(name)) {
        shapes = stages.stage(name).getOutputShapes(shapes);
      }
    }
    return shapes;
  }
}
