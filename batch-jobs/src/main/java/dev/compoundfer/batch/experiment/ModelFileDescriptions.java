package dev.compoundfer.batch.experiment;

import dev.compoundfer.core.checkpoint.CheckpointFile;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.ejb.registry.ModelFile;
import java.nio.file.Path;

/** Describes a model folder the core saved, for the registry. */
public final class ModelFileDescriptions {
  private ModelFileDescriptions() {}

  public static ModelFile of(String stage, Path modelDir, double accuracy) {
    return new ModelFile(
        stage,
        ModelFiles.descriptor(modelDir).classes().stream().map(e -> e.name().toLowerCase()).toList(),
        modelDir.toString(),
        CheckpointFile.sha256Hex(ModelFiles.parameters(modelDir)),
        accuracy);
  }
}
