package dev.compoundfer.core.continual;

import dev.compoundfer.core.inference.ModelDescriptor;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.TrainingConfig;
import java.nio.file.Path;

/** Opens network sessions from a saved model or from checkpointed parameters. */
public final class Sessions {

  private Sessions() {}

  /** A session holding the model saved in {@code modelDir}; its image size and channels must match the config. */
  public static NetworkSession load(String name, Path modelDir, TrainingConfig config) {
    ModelDescriptor descriptor = ModelFiles.descriptor(modelDir);
    if (descriptor.imageSize() != config.imageSize() || descriptor.channels() != config.channels()) {
      throw new IllegalArgumentException(
          "The model in " + modelDir + " takes " + descriptor.channels() + "x" + descriptor.imageSize()
              + " images; the configuration says " + config.channels() + "x" + config.imageSize());
    }
    return withParameters(name, descriptor.classes().size(), ModelFiles.parameters(modelDir), config);
  }

  /** A session with a fresh {@code classes}-output network whose parameters are then replaced by {@code parameters}. */
  public static NetworkSession withParameters(String name, int classes, byte[] parameters, TrainingConfig config) {
    NetworkSession session =
        new NetworkSession(
            name,
            ExpressionNetwork.create(config.backbone(), classes, config.seed()),
            config.channels(),
            config.imageSize(),
            config.device());
    try {
      session.loadParameters(parameters);
      return session;
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }
}
