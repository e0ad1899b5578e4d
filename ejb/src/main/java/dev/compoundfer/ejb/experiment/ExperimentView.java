package dev.compoundfer.ejb.experiment;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An experiment as pages, REST clients and the terminal see it.
 *
 * <p>{@code pretrainedBackbone} is the id of the registered backbone the teacher starts from: the request's
 * {@code pretrained}, or the one the job's {@code pretrain} step made and registered; null for random weights.
 * {@code method} is how the compound classes are learned ({@code kd_psmr}, the paper's, or one of ours).
 */
public record ExperimentView(
    long id,
    String name,
    String dataset,
    String status,
    Long jobExecutionId,
    LocalDateTime createdAt,
    LocalDateTime startedAt,
    LocalDateTime endedAt,
    String failure,
    ProgressView progress,
    Integer sampleCount,
    Integer loadProblemCount,
    Integer trainSubjects,
    Integer validationSubjects,
    Integer testSubjects,
    Integer teacherEpochs,
    Double teacherAccuracy,
    Double overallAccuracy,
    Double averageForgetting,
    Double backwardTransfer,
    String reportPath,
    String workDir,
    List<IncrementView> increments,
    Long pretrainedBackbone,
    String method)
    implements Serializable {

  /** What the job is doing now. */
  public record ProgressView(
      String phase, String detail, int done, int total, double percent, double imagesPerSecond, long etaSeconds)
      implements Serializable {}

  /** One learned compound class. */
  public record IncrementView(
      int step, String learnedClass, double accuracyAllSeen, double newClassAccuracy, double oldClassAccuracy,
      int epochs, double seconds)
      implements Serializable {}
}
