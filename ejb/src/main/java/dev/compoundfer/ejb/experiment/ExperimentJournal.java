package dev.compoundfer.ejb.experiment;

import dev.compoundfer.ejb.experiment.ExperimentView.IncrementView;
import dev.compoundfer.ejb.experiment.ExperimentView.ProgressView;
import dev.compoundfer.ejb.registry.ModelFile;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The record of experiments. Every call commits on its own, so the console sees progress at once and nothing
 * recorded is lost when the job later stops or the server dies.
 */
@Local
public interface ExperimentJournal {
  /**
   * Stores a new experiment with its job parameters and returns its id.
   *
   * @param datasetLabel what the experiment list shows as its dataset (a registered dataset's name, or the
   *     request's value); the parameters keep the dataset the job reads
   */
  long create(ExperimentRequest request, String datasetLabel);

  Properties jobParameters(long experimentId);

  void running(long experimentId, long executionId);

  void progress(long experimentId, ProgressView progress);

  void stepStarted(long experimentId, long executionId, String step);

  /**
   * Records a step's end, its batch status and how many chunk items it processed (a step that failed was already
   * ended by {@link #failed}).
   */
  void stepEnded(long experimentId, long executionId, String step, String status, int items);

  /** Every step run, oldest first: timings and the job execution ids of every (re)start. */
  List<StepRunView> stepRuns(long experimentId);

  void prepared(long experimentId, String workDir, int samples, int problems, int train, int validation, int test);

  /**
   * Records the backbone the job's {@code pretrain} step registered: the experiment's parameter {@code pretrained}
   * from now on, so the teacher (also after a restart) starts from it.
   */
  void pretrained(long experimentId, long backboneId);

  void teacherTrained(long experimentId, double testAccuracy, int epochs, ModelFile model);

  void incrementLearned(long experimentId, IncrementView increment, ModelFile model);

  /** Stores the summary metrics and the accuracy matrix, cell by cell (replacing any earlier cells). */
  void summarised(
      long experimentId, double overall, double forgetting, double bwt, String matrixJson,
      List<AccuracyCellView> cells);

  /** Stores the replay set of one basic class (replacing one stored by an interrupted run). */
  void replaySelected(long experimentId, String expression, List<ReplaySampleView> samples);

  List<ReplaySampleView> replaySet(long experimentId);

  /** Stores the test confusion matrices of the experiment's models (replacing any stored before). */
  void confusionMatrices(long experimentId, List<ConfusionMatrixView> matrices);

  List<ConfusionMatrixView> confusionMatrices(long experimentId);

  /** Whether the episode of this compound class and shot count is already stored (a restart skips it). */
  boolean fewShotDone(long experimentId, String compound, int shots);

  /** Stores a few-shot episode (replacing one of the same class and shots) and answers how many are stored. */
  int fewShotLearned(long experimentId, FewShotResultView result);

  /** The few-shot episodes by shot count, then class in canonical order. */
  List<FewShotResultView> fewShotResults(long experimentId);

  List<AccuracyCellView> accuracyMatrix(long experimentId);

  void completed(long experimentId, String report);

  void stopping(long experimentId);

  void stopped(long experimentId);

  void abandoned(long experimentId);

  /** Marks the experiment FAILED, and any step run still open with it (its execution is gone). */
  void failed(long experimentId, String reason);

  /**
   * Records how a job execution ended, unless the job already did (a finished job records its own end before
   * the batch runtime marks it ended, so this only acts on jobs that died without a word).
   */
  void jobEnded(long experimentId, long executionId, String batchStatus, String exitStatus);

  ExperimentView view(long experimentId);

  Optional<ExperimentView> find(long experimentId);

  List<ExperimentView> list();
}
