package dev.compoundfer.batch.experiment;

import dev.compoundfer.core.inference.ModelDescription;
import dev.compoundfer.ejb.registry.ModelFile;
import java.nio.file.Path;

/** Describes a model folder the core saved, for the registry. */
public final class ModelFiles {
  private ModelFiles() {}

  public static ModelFile of(String stage, Path modelDir, double accuracy) {
    ModelDescription description = ModelDescription.read(modelDir);
    return new ModelFile(stage, description.classNames(), modelDir.toString(), description.checksum(), accuracy);
  }
}
