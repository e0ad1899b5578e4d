package dev.compoundfer.web.console;

import dev.compoundfer.ejb.experiment.ExperimentService;
import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.registry.ModelRegistry;
import dev.compoundfer.ejb.registry.ModelVersionView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The dashboard: running jobs with their live progress, recent experiments, the model that serves inference. */
@Named
@RequestScoped
public class Dashboard {
  private static final int RECENT = 8;

  @EJB private ExperimentService experimentService;
  @EJB private ModelRegistry registry;

  private List<ExperimentView> experiments;
  private List<ExperimentView> running;
  private List<ExperimentView> recent;
  private long completedCount;
  private ModelVersionView activeModel;

  @PostConstruct
  void load() {
    experiments = experimentService.list();
    running = experiments.stream().filter(e -> ExperimentStates.isActive(e.status())).toList();
    recent = experiments.stream()
        .sorted(Comparator.comparingLong(ExperimentView::id).reversed())
        .limit(RECENT)
        .toList();
    completedCount = experiments.stream().filter(e -> "COMPLETED".equals(e.status())).count();
    activeModel = registry.active().orElse(null);
  }

  /** Every experiment (the REST-free view the first ITs read). */
  public List<ExperimentView> getExperiments() {
    return experiments;
  }

  public List<ExperimentView> getRunning() {
    return running;
  }

  public List<ExperimentView> getRecent() {
    return recent;
  }

  public long getCompletedCount() {
    return completedCount;
  }

  public ModelVersionView getActiveModel() {
    return activeModel;
  }
}
