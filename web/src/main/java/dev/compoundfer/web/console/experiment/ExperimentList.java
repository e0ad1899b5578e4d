package dev.compoundfer.web.console.experiment;

import dev.compoundfer.ejb.experiment.ExperimentService;
import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.web.console.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;

/** The experiments page: every experiment, newest first, with stop, restart and abandon. */
@Named
@RequestScoped
public class ExperimentList {
  @EJB private ExperimentService experimentService;

  private List<ExperimentView> experiments;

  @PostConstruct
  void load() {
    experiments = experimentService.list().stream()
        .sorted(Comparator.comparingLong(ExperimentView::id).reversed())
        .toList();
  }

  public List<ExperimentView> getExperiments() {
    return experiments;
  }

  public void stop(long id) {
    control(id, experimentService::stop, "Stop requested for experiment ");
  }

  public void restart(long id) {
    control(id, experimentService::restart, "Restarted experiment ");
  }

  public void abandon(long id) {
    control(id, experimentService::abandon, "Abandoned experiment ");
  }

  private void control(long id, LongFunction<ExperimentView> action, String done) {
    try {
      action.apply(id);
      Messages.info(done + id);
    } catch (InvalidParameterException e) {
      Messages.error(e.getMessage());
    }
    load();
  }
}
