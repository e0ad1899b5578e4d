package dev.compoundfer.web.console.experiment;

import dev.compoundfer.core.network.Backbones;
import dev.compoundfer.ejb.dataset.DatasetService;
import dev.compoundfer.ejb.dataset.DatasetView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The choices the experiment and schedule forms offer. */
@Named
@ApplicationScoped
public class ExperimentOptions {
  @EJB private DatasetService datasets;

  public List<String> getBackbones() {
    return List.copyOf(Backbones.NAMES);
  }

  /**
   * The embedded generator and every registered dataset, by name (the experiment service resolves a name to the
   * dataset's reader and path, so the choice is what the job reads).
   */
  public List<SelectItem> getDatasets() {
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem("synthetic", "synthetic (embedded generator)"));
    for (DatasetView d : datasets.list()) {
      items.add(new SelectItem(d.name(), d.name() + " (" + d.reader() + ")"));
    }
    return items;
  }
}
