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

  /**
   * Registers the artifact an experiment's {@code pretrain} step wrote, once: a second call for the same folder and
   * checksum (a step rerun after a crash between registering and completing) answers the row stored first.
   *
   * @throws IllegalArgumentException if there is no readable artifact or its checksum differs
   */
  BackboneView registerPretrained(String path);

  Optional<BackboneView> find(long id);

  List<BackboneView> list();
}
