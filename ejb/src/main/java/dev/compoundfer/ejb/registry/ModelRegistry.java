package dev.compoundfer.ejb.registry;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Model versions and the one that serves inference. */
@Local
public interface ModelRegistry {
  /** Stores a version; activates it when no version is active yet, so a first run serves at once. */
  ModelVersionView register(long experimentId, ModelFile model);

  /** Makes a version the one that serves inference; requests in flight finish on the old one. */
  ModelVersionView activate(long versionId);

  Optional<ModelVersionView> active();

  List<ModelVersionView> list();
}
