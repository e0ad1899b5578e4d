package dev.compoundfer.core.network;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Backbone stages and the reference head, run in order, {@code (N, C, H, W) -> (N, 32)}; each stage has a name
 * ({@code stem, conv2 .. conv5, post, head}) so that {@link Freezing} can address it.
 *
 * <p>A {@link SequentialBlock} with named children: its saved parameters have exactly the layout of a plain
 * sequential block. Stages set to {@link #runInInferenceMode inference mode} run so even while training, which
 * keeps their BatchNorm on its moving statistics as the reference's frozen BN layers do; backbone stages hold no
 * dropout, so BatchNorm is the only layer that mode changes.
 */
public final class FeatureStages extends SequentialBlock {

  /** Name of the last stage, the reference head. */
  public static final String HEAD = "head";

  private final List<String> names = new ArrayList<>();
  private final Set<String> inference = new HashSet<>();

  /** Appends a stage under a name; the head must come last. */
  public FeatureStages addStage(String name, Block stage) {
    if (names.contains(name) || names.contains(HEAD)) {
      throw new IllegalArgumentException("Stage '" + name + "' repeated or after the head: " + names);
    }
    names.add(name);
    addChildBlock(name, stage);
    return this;
  }

  /** Stage names in forward order. */
  public List<String> stageNames() {
    return List.copyOf(names);
  }

  /** The stage with the given name. */
  public Block stage(String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("No stage '" + name + "'; stages: " + names);
    }
    return getChildren().get(index).getValue();
  }

  /** Runs the named stages (and only those) in inference mode, also in training. */
  public void runInInferenceMode(Collection<String> stages) {
    stages.forEach(this::stage);
    inference.clear();
    inference.addAll(stages);
  }

  /** Names of the stages that run in inference mode also in training. */
  public Set<String> inferenceStages() {
    return Set.copyOf(inference);
  }

  /** The training flag the stage at {@code index} runs with when the network runs with {@code training}. */
  boolean trainingOf(int index, boolean training) {
    return training && !inference.contains(names.get(index));
  }

  /** Reads the version and metadata this block writes before its children's parameters. */
  void readHeader(DataInputStream in) throws IOException, MalformedModelException {
    loadMetadata(in.readByte(), in);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList x = inputs;
    int index = 0;
    for (Pair<String, Block> child : getChildren()) {
      x = child.getValue().forward(store, x, trainingOf(index++, training), params);
    }
    return x;
  }
}
