package dev.compoundfer.batch.distill;

import dev.compoundfer.batch.experiment.ContinualSession;
import dev.compoundfer.batch.experiment.JobSettings;
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

/** Yields the six basic classes in canonical order, from the checkpointed position. */
@Dependent
@Named("BasicClassReader")
public class BasicClassReader extends AbstractItemReader {
  private static final List<Expression> BASIC = Expression.basic();

  @Inject private JobContext job;
  @Inject private StepContext step;

  private ContinualLearning learner;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    next = checkpoint == null ? 0 : (Integer) checkpoint;
    learner = ContinualSession.open(JobSettings.of(job));
    step.setTransientUserData(learner);
  }

  @Override
  public Expression readItem() {
    return next < BASIC.size() ? BASIC.get(next++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }

  @Override
  public void close() {
    learner.close();
  }
}
