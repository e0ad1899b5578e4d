package dev.compoundfer.web.console.experiment;

import dev.compoundfer.core.network.Backbones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The choices the experiment and schedule forms offer. */
@Named
@ApplicationScoped
public class ExperimentOptions {
  public List<String> getBackbones() {
    return List.copyOf(Backbones.NAMES);
  }
}
