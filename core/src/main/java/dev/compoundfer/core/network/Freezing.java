package dev.compoundfer.core.network;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of an {@link ExpressionNetwork} train: stages before {@link Level}'s first trainable stage are
 * frozen and run in inference mode (moving statistics kept); the head and the classifier always train. With
 * {@code freezeBatchNorm} every BatchNorm is frozen and the whole backbone runs in inference mode, so neither
 * BatchNorm parameters nor moving statistics change (method.md §1.2).
 *
 * <p>Apply it before {@code startTraining}: DJL's trainer reads which parameters require gradients when it first
 * sees them.
 *
 * @param level the first trainable part
 * @param freezeBatchNorm keep all BatchNorm layers frozen, as the reference does in every phase
 */
public record Freezing(Level level, boolean freezeBatchNorm) {

  /** Where training starts. */
  public enum Level {
    /** Everything trains. */
    NONE(null),
    /** conv4, conv5 (and v2's post) and the head train: the reference's {@code layers[86:]}. */
    FROM_CONV4("conv4"),
    /** conv5 (and v2's post) and the head train: the reference's {@code layers[154:]}. */
    FROM_CONV5("conv5"),
    /** Only the head trains: the reference's first basic stage. */
    HEAD_ONLY(FeatureStages.HEAD);

    private final String firstTrainable;

    Level(String firstTrainable) {
      this.firstTrainable = firstTrainable;
    }
  }

  /** Nothing frozen, BatchNorm trains: the {@code small} network from scratch. */
  public static final Freezing NONE = new Freezing(Level.NONE, false);

  public Freezing {
    if (level == null) {
      throw new IllegalArgumentException("level must not be null");
    }
  }

  /**
   * Freezes and unfreezes the network's parameters.
   *
   * @throws IllegalArgumentException if the features have no named stages or lack the level's first stage
   */
  public void applyTo(ExpressionNetwork network) {
    if (!(network.features() instanceof FeatureStages stages)) {
      throw new IllegalArgumentException("Freezing needs FeatureStages, not " + network.features().getClass());
    }
    List<String> names = stages.stageNames();
    int first = level.firstTrainable == null ? 0 : names.indexOf(level.firstTrainable);
    if (first < 0) {
      throw new IllegalArgumentException("No stage '" + level.firstTrainable + "' in " + names);
    }
    List<String> inference = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Block stage = stages.stage(names.get(i));
      // A TorchScript backbone is a fixed feature extractor whatever the level.
      boolean frozen = i < first || stage instanceof TorchScriptFeatures;
      setFrozen(stage, frozen);
      if (freezeBatchNorm) {
        freezeBatchNorms(stage);
      }
      // Frozen stages also keep their moving statistics: they run as in inference.
      if (frozen || (freezeBatchNorm && !FeatureStages.HEAD.equals(names.get(i)))) {
        inference.add(names.get(i));
      }
    }
    setFrozen(network.classifier(), false);
    stages.runInInferenceMode(inference);
  }

  private static void setFrozen(Block block, boolean frozen) {
    for (Parameter parameter : block.getParameters().values()) {
      // Moving statistics never take gradients; unfreezing them would let the optimiser update them.
      if (frozen || !isMovingStatistic(parameter)) {
        parameter.freeze(frozen);
      }
    }
  }

  private static boolean isMovingStatistic(Parameter parameter) {
    return parameter.getType() == Parameter.Type.RUNNING_MEAN
        || parameter.getType() == Parameter.Type.RUNNING_VAR;
  }

  private static void freezeBatchNorms(Block block) {
    if (block instanceof BatchNorm) {
      setFrozen(block, true);
    }
    block.getChildren().values().forEach(Freezing::freezeBatchNorms);
  }
}
