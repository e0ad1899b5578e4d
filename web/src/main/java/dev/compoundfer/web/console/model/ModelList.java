package dev.compoundfer.web.console.model;

import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.ejb.registry.ModelRegistry;
import dev.compoundfer.ejb.registry.ModelVersionView;
import dev.compoundfer.web.console.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** Model versions, newest first; one action: activate a version for inference. */
@Named
@RequestScoped
public class ModelList {
  @EJB private ModelRegistry registry;

  private List<ModelVersionView> versions;

  @PostConstruct
  void load() {
    versions = registry.list().stream().sorted(Comparator.comparingLong(ModelVersionView::id).reversed()).toList();
  }

  public void activate(long id) {
    try {
      ModelVersionView active = registry.activate(id);
      Messages.info("Version " + active.id() + " (" + active.stage() + ") now serves inference");
    } catch (InvalidParameterException e) {
      Messages.error(e.getMessage());
    }
    load();
  }

  public List<ModelVersionView> getVersions() {
    return versions;
  }
}
