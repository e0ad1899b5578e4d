package dev.compoundfer.web.console;

import dev.compoundfer.ejb.experiment.ExperimentService;
import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.registry.ModelRegistry;
import dev.compoundfer.ejb.registry.ModelVersionView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The dashboard: experiments with their live progress, and the model that serves inference. */
@Named
@RequestScoped
public class Dashboard {
  @EJB private ExperimentService experimentService;
  @EJB private ModelRegistry registry;

  private List<ExperimentView> experiments;
  private ModelVersionView activeModel;

  @PostConstruct
  void load() {
    experiments = experimentService.list();
    activeModel = registry.active().orElse(null);
  }

  public List<ExperimentView> getExperiments() {
    return experiments;
  }

  public ModelVersionView getActiveModel() {
    return activeModel;
  }
}
