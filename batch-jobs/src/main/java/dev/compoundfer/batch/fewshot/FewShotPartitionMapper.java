package dev.compoundfer.batch.fewshot;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.ejb.experiment.ExperimentRequest;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One partition per shot count and compound class (the first {@code fewShotClasses} in canonical order), run by
 * {@code fewShotThreads} threads. The plan depends on the job parameters alone, so a restart gets the same
 * partitions and the runtime reruns only those that did not complete.
 */
@Dependent
@Named("FewShotPartitionMapper")
public class FewShotPartitionMapper implements PartitionMapper {
  @Inject private JobContext job;

  @Override
  public PartitionPlan mapPartitions() {
    JobSettings settings = JobSettings.of(job);
    List<Expression> classes = episodeClasses(settings);
    List<Properties> partitions = new ArrayList<>();
    for (int shots : ExperimentRequest.shotCounts(settings.get("shots"))) {
      for (Expression compound : classes) {
        Properties partition = new Properties();
        partition.setProperty("compound", compound.name());
        partition.setProperty("shots", Integer.toString(shots));
        partitions.add(partition);
      }
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(partitions.size());
    plan.setThreads(Math.min(partitions.size(), settings.getInt("fewShotThreads")));
    plan.setPartitionProperties(partitions.toArray(Properties[]::new));
    return plan;
  }

  /** How many episodes (partitions) the step has. */
  static int episodes(JobSettings settings) {
    return ExperimentRequest.shotCounts(settings.get("shots")).size() * episodeClasses(settings).size();
  }

  /** The compound classes given episodes. */
  static List<Expression> episodeClasses(JobSettings settings) {
    return Expression.compound().subList(0, settings.getInt("fewShotClasses"));
  }
}
