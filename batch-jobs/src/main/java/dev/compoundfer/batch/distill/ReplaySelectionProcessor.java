package dev.compoundfer.batch.distill;

import dev.compoundfer.core.continual.ContinualLearning;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.replay.ReplayEntry;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Predictive Sorting: keeps the basic class's images the teacher scores highest. */
@Dependent
@Named("ReplaySelectionProcessor")
public class ReplaySelectionProcessor implements ItemProcessor {
  @Inject private StepContext step;

  @Override
  public ReplaySelection processItem(Object basicClass) {
    Expression expression = (Expression) basicClass;
    List<ReplayEntry> entries = ((ContinualLearning) step.getTransientUserData()).distill(expression);
    return new ReplaySelection(expression, entries);
  }

  /** The replay set chosen for one basic class. */
  public record ReplaySelection(Expression expression, List<ReplayEntry> entries) {}
}
