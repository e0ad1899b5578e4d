package dev.compoundfer.core.network;

import ai.djl.MalformedModelException;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pretrained backbones from files: the backbone stages of a saved {@link ExpressionNetwork} (DJL parameters), or a
 * TorchScript module as a fixed feature extractor. The head and the classifier always start fresh.
 */
public final class PretrainedBackbone {

  private static final String DJL_MODEL_MAGIC = "DJL@";

  private PretrainedBackbone() {}

  /**
   * Loads the backbone stages (all but the head) of an initialised network from a file written by
   * {@code saveParameters} of an {@link ExpressionNetwork} with the same backbone, with or without DJL's
   * {@code .params} model header. The network is unchanged if the file does not fit.
   *
   * @param backbone the backbone name the network was built with
   * @throws IllegalArgumentException naming the file and the first parameter whose shape differs, or why the file
   *     does not hold a network of that backbone
   */
  public static void loadParameters(Path file, String backbone, ExpressionNetwork network) {
    FeatureStages target = stagesOf(network);
    NDManager manager = target.getParameters().valueAt(0).getArray().getManager();
    try (NDManager scope = manager.newSubManager()) {
      FeatureStages donor = (FeatureStages) Backbones.features(backbone);
      try (DataInputStream in = open(file)) {
        new ExpressionNetwork(donor, new ClassifierBlock(1, 0L)).readHeader(in);
        donor.loadParameters(scope, in);
      } catch (IOException | MalformedModelException | RuntimeException e) {
        throw new IllegalArgumentException(
            file + " does not hold the parameters of a '" + backbone + "' network: " + e.getMessage(), e);
      }
      checkShapes(file, donor, target);
    }
    // The donor proved the file fits; read it once more straight into the network's backbone stages.
    try (DataInputStream in = open(file)) {
      new ExpressionNetwork(Backbones.features(backbone), new ClassifierBlock(1, 0L)).readHeader(in);
      target.readHeader(in);
      for (String name : target.stageNames()) {
        if (!FeatureStages.HEAD.equals(name)) {
          loadStage(target.stage(name), manager, in);
        }
      }
    } catch (IOException | MalformedModelException e) {
      throw new IllegalStateException("Reading " + file + " failed after it was checked", e);
    }
  }

  /**
   * A network whose features are a TorchScript module (fixed, inference mode) followed by a fresh reference head,
   * then a fresh classifier. The module must map {@code (N, C, H, W)} to a 4-D feature map.
   *
   * @param manager a PyTorch manager that owns the module; it must outlive the network
   * @throws IllegalArgumentException if the file is missing or not a TorchScript module
   */
  public static ExpressionNetwork torchScript(Path file, NDManager manager, int classes, long seed) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("No TorchScript file at " + file);
    }
    if (!(manager instanceof PtNDManager pytorch)) {
      throw new IllegalArgumentException("TorchScript needs a PyTorch manager, not " + manager.getEngine());
    }
    PtSymbolBlock module;
    try {
      module = JniUtils.loadModule(pytorch, file, true, new String[0], new String[0], false);
    } catch (EngineException | IllegalStateException e) {
      throw new IllegalArgumentException(file + " is not a TorchScript module: " + firstLine(e), e);
    }
    FeatureStages features =
        new FeatureStages()
            .addStage("backbone", new TorchScriptFeatures(module))
            .addStage(FeatureStages.HEAD, Backbones.head());
    return new ExpressionNetwork(features, new ClassifierBlock(classes, seed));
  }

  private static void loadStage(Block stage, NDManager manager, DataInputStream in)
      throws IOException, MalformedModelException {
    List<Parameter> parameters = stage.getParameters().values();
    parameters.forEach(Parameter::close);
    stage.loadParameters(manager, in);
    // Loaded arrays do not require gradients yet; trainable ones get them back as DJL's initialize does.
    parameters.stream()
        .filter(Parameter::requiresGradient)
        .forEach(p -> p.getArray().setRequiresGradient(true));
  }

  private static void checkShapes(Path file, FeatureStages donor, FeatureStages target) {
    for (String name : target.stageNames()) {
      if (FeatureStages.HEAD.equals(name)) {
        continue;
      }
      var expected = target.stage(name).getParameters();
      var found = donor.stage(name).getParameters();
      for (int i = 0; i < expected.size(); i++) {
        Shape want = expected.valueAt(i).getShape();
        Shape got = found.valueAt(i).getArray().getShape();
        if (!want.equals(got)) {
          throw new IllegalArgumentException(
              file + ": parameter '" + name + "/" + expected.keyAt(i) + "' has shape " + got
                  + " in the file, the network expects " + want);
        }
      }
    }
  }

  /** Opens the file past DJL's model header ("DJL@", version, name, data type, inputs, properties) if any. */
  private static DataInputStream open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("No parameter file at " + file);
    }
    InputStream raw = new BufferedInputStream(Files.newInputStream(file));
    DataInputStream in = new DataInputStream(raw);
    raw.mark(DJL_MODEL_MAGIC.length());
    byte[] magic = new byte[DJL_MODEL_MAGIC.length()];
    if (in.read(magic) != magic.length
        || !DJL_MODEL_MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))) {
      raw.reset();
      return in;
    }
    in.readInt();
    in.readUTF();
    in.readUTF();
    int inputs = in.readInt();
    for (int i = 0; i < inputs; i++) {
      in.readUTF();
      Shape.decode(in);
    }
    int properties = in.readInt();
    for (int i = 0; i < properties; i++) {
      in.readUTF();
      in.readUTF();
    }
    return in;
  }

  private static FeatureStages stagesOf(ExpressionNetwork network) {
    if (!(network.features() instanceof FeatureStages stages)) {
      throw new IllegalArgumentException("Pretrained loading needs FeatureStages");
    }
    if (!network.isInitialized()) {
      throw new IllegalArgumentException("Initialise the network before loading a pretrained backbone");
    }
    return stages;
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
