package dev.compoundfer.ejb.experiment;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Creates experiments and controls their {@code compound-fer} job. */
@Local
public interface ExperimentService {
  /** Validates the request, stores the experiment and starts its job. */
  ExperimentView start(ExperimentRequest request);

  /** Starts the experiment of a schedule, with the parameters the schedule stores, under the given name. */
  ExperimentView startScheduled(long scheduleId, String name);

  List<ExperimentView> list();

  Optional<ExperimentView> find(long id);

  /** The replay memory the experiment kept, by basic class and rank. */
  List<ReplaySampleView> replaySet(long id);

  /** The test confusion matrix of the teacher (step 0) and of the model after each increment. */
  List<ConfusionMatrixView> confusionMatrices(long id);

  /** Every run of every job step, oldest first: timings and job execution ids. */
  List<StepRunView> stepRuns(long id);

  /** The few-shot episodes, by shot count and class. */
  List<FewShotResultView> fewShotResults(long id);

  /** {@code acc[step][class]}, ordered by step and output index. */
  List<AccuracyCellView> accuracyMatrix(long id);

  /** Asks the running job to stop at the next chunk boundary. */
  ExperimentView stop(long id);

  /** Restarts a stopped or failed job from its last checkpoint. */
  ExperimentView restart(long id);

  /**
   * Marks FAILED the job executions the batch runtime still shows as running although this server has just
   * started (they died with the previous JVM; created before {@code createdBefore}), and their experiments with them.
   */
  void failOrphanedJobs(java.util.Date createdBefore);

  /** Gives up a stopped or failed job for good: it can no longer be restarted. */
  ExperimentView abandon(long id);
}
