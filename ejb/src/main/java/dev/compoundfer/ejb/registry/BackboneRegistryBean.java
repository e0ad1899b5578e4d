package dev.compoundfer.ejb.registry;

import dev.compoundfer.ejb.security.Roles;
import dev.compoundfer.core.pretrain.Provenance;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.persistence.model.BackboneArtifact;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Stores backbone artifacts once their checksum is verified by the core. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class BackboneRegistryBean implements BackboneRegistry {
  @PersistenceContext private EntityManager em;

  @Override
  @RolesAllowed(Roles.ADMIN)
  public BackboneView register(String path) {
    if (path == null || path.isBlank()) {
      throw new InvalidParameterException("path", "path must name an artifact folder on the server");
    }
    try {
      return store(dev.compoundfer.core.pretrain.BackboneArtifact.read(Path.of(path)));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("path", "path: " + e.getMessage());
    }
  }

  @Override
  @PermitAll // the job's pretrain step runs without a caller
  public BackboneView registerPretrained(String path) {
    dev.compoundfer.core.pretrain.BackboneArtifact artifact =
        dev.compoundfer.core.pretrain.BackboneArtifact.read(Path.of(path));
    return em.createNamedQuery("BackboneArtifact.byPathAndChecksum", BackboneArtifact.class)
        .setParameter("path", artifact.dir().toAbsolutePath().toString())
        .setParameter("sha256", artifact.sha256())
        .getResultStream()
        .findFirst()
        .map(BackboneRegistryBean::view)
        .orElseGet(() -> store(artifact));
  }

  private BackboneView store(dev.compoundfer.core.pretrain.BackboneArtifact artifact) {
    Provenance p = artifact.provenance();
    String description;
    try {
      description = Files.readString(artifact.dir().resolve(dev.compoundfer.core.pretrain.BackboneArtifact.DESCRIPTION));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BackboneArtifact stored = new BackboneArtifact(p.method(), p.backbone(), p.imageSize(), p.channels(),
        artifact.dir().toAbsolutePath().toString(), artifact.sha256(), description, LocalDateTime.now());
    em.persist(stored);
    em.flush();
    return view(stored);
  }

  @Override
  @PermitAll // the job step and scheduled starts check the artifact without a caller
  public Optional<BackboneView> find(long id) {
    return Optional.ofNullable(em.find(BackboneArtifact.class, id)).map(BackboneRegistryBean::view);
  }

  @Override
  public List<BackboneView> list() {
    return em.createNamedQuery("BackboneArtifact.newestFirst", BackboneArtifact.class).setMaxResults(500)
        .getResultList().stream()
        .map(BackboneRegistryBean::view)
        .toList();
  }

  private static BackboneView view(BackboneArtifact b) {
    return new BackboneView(b.getId(), b.getMethod(), b.getBackbone(), b.getImageSize(), b.getChannels(),
        b.getPath(), b.getSha256(), b.getProvenance(), b.getRegisteredAt());
  }
}
