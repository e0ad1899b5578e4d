package dev.compoundfer.ejb.registry;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Pretrained backbones (artifacts of {@code lab pretrain}) that experiments can start their teacher from. */
@Local
public interface BackboneRegistry {
  /**
   * Registers the artifact in a folder on the server after checking its checksum.
   *
   * @throws dev.compoundfer.ejb.experiment.InvalidParameterException naming {@code path} if there is no readable
   *     artifact or its checksum differs
   */
  BackboneView register(String path);

  Optional<BackboneView> find(long id);

  List<BackboneView> list();
}
