package dev.compoundfer.ejb.registry;

import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.persistence.model.ModelVersion;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Stores model versions and switches the active one. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class ModelRegistryBean implements ModelRegistry {
  @PersistenceContext private EntityManager em;
  @EJB private ActiveModelBean activeModel;

  @Override
  @PermitAll // the job registers the models it trains, on a thread that may have no caller (schedules)
  public ModelVersionView register(long experimentId, ModelFile model) {
    ModelVersion version =
        new ModelVersion(experimentId, model.stage(), String.join(",", model.classes()), model.path(),
            model.checksum(), model.accuracy(), LocalDateTime.now());
    em.persist(version);
    em.flush();
    if (active().isEmpty()) {
      return activate(version.getId());
    }
    return view(version);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public ModelVersionView activate(long versionId) {
    ModelVersion version = em.find(ModelVersion.class, versionId);
    if (version == null) {
      throw new InvalidParameterException("versionId", "No model version has id " + versionId);
    }
    // Load first: a version whose files are gone must not become active.
    activeModel.load(version.getId(), version.getPath());
    em.createNamedQuery("ModelVersion.active", ModelVersion.class).getResultList().forEach(ModelVersion::deactivate);
    version.activate();
    return view(version);
  }

  @Override
  public Optional<ModelVersionView> active() {
    return em.createNamedQuery("ModelVersion.active", ModelVersion.class).getResultList().stream()
        .findFirst()
        .map(ModelRegistryBean::view);
  }

  @Override
  public List<ModelVersionView> list() {
    return em.createNamedQuery("ModelVersion.newestFirst", ModelVersion.class).setMaxResults(500)
        .getResultList().stream()
        .map(ModelRegistryBean::view)
        .toList();
  }

  static ModelVersionView view(ModelVersion m) {
    return new ModelVersionView(m.getId(), m.getExperimentId(), m.getStage(), m.getClasses(), m.getChecksum(),
        m.getAccuracy(), m.isActive(), m.getCreatedAt());
  }
}
