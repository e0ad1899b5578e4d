package dev.compoundfer.batch.continual;

import dev.compoundfer.batch.experiment.ContinualSession;
import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.core.continual.ClassOrder;
import dev.compoundfer.core.continual.ContinualLearning;
import dev.compoundfer.core.data.Expression;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Yields the compound classes not yet learned, in the experiment's seeded class order. The learner's own
 * checkpoint says how many are learned, so a restart never learns a class twice.
 */
@Dependent
@Named("IncrementReader")
public class IncrementReader extends AbstractItemReader {
  @Inject private JobContext job;
  @Inject private StepContext step;

  private ContinualLearning learner;
  private List<Expression> order;

  @Override
  public void open(Serializable checkpoint) {
    JobSettings settings = JobSettings.of(job);
    order = ClassOrder.shuffled(settings.seed()).subList(0, settings.getInt("increments"));
    learner = ContinualSession.open(settings);
    step.setTransientUserData(learner);
  }

  @Override
  public Expression readItem() {
    int learned = learnedCompoundClasses();
    return learned < order.size() ? order.get(learned) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return learnedCompoundClasses();
  }

  @Override
  public void close() {
    learner.close();
  }

  private int learnedCompoundClasses() {
    return (int) learner.learnedClasses().stream().filter(Expression::isCompound).count();
  }
}
