package dev.compoundfer.persistence.experiment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One run of the compound-fer protocol: teacher, replay selection, fifteen increments, report.
 *
 * <p>Created with its job parameters, then moved through its life cycle by the job: {@link #markRunning},
 * {@link #reportProgress}, {@link #recordPrepared}, {@link #recordTeacher}, {@link #recordIncrement}, and finally
 * {@link #complete}, {@link #fail} or {@link #markStopped}.
 */
@Entity
@NamedQuery(name = "Experiment.newestFirst", query = "SELECT e FROM Experiment e ORDER BY e.id DESC")
public class Experiment {
  // SEQUENCE, not IDENTITY: EclipseLink 4 emits H2 1.x IDENTITY DDL that H2 2.2 rejects (stack-facts E1).
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experimentSeq")
  @SequenceGenerator(name = "experimentSeq", sequenceName = "EXPERIMENT_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 100)
  private String dataset;

  @Lob
  @Column(nullable = false)
  private String parameters;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ExperimentStatus status = ExperimentStatus.CREATED;

  private Long jobExecutionId;

  // LocalDateTime, not Instant: EclipseLink 4 maps Instant to a serialized blob (stack-facts E1).
  @Column(nullable = false)
  private LocalDateTime createdAt;

  private LocalDateTime startedAt;
  private LocalDateTime endedAt;

  @Column(length = 1000)
  private String failure;

  @Column(length = 500)
  private String workDir;

  @Embedded private Progress progress;

  private Integer sampleCount;
  private Integer loadProblemCount;
  private Integer trainSubjects;
  private Integer validationSubjects;
  private Integer testSubjects;
  private Integer teacherEpochs;
  private Double teacherAccuracy;
  private Double overallAccuracy;
  private Double averageForgetting;
  private Double backwardTransfer;

  @Lob private String accuracyMatrix;

  @Column(length = 500)
  private String reportPath;

  @OneToMany(mappedBy = "experiment", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("step")
  private List<IncrementRecord> increments = new ArrayList<>();

  protected Experiment() {}

  public Experiment(String name, String dataset, String parameters, LocalDateTime createdAt) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An experiment needs a name");
    }
    this.name = name.strip();
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Stores the job parameters once the experiment has its id (they include it). */
  public void replaceParameters(String parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  public void markRunning(long executionId, LocalDateTime now) {
    this.jobExecutionId = executionId;
    this.status = ExperimentStatus.RUNNING;
    if (startedAt == null) {
      startedAt = now;
    }
    endedAt = null;
    failure = null;
  }

  public void reportProgress(Progress progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  public void recordPrepared(String workDir, int samples, int problems, int train, int validation, int test) {
    this.workDir = workDir;
    this.sampleCount = samples;
    this.loadProblemCount = problems;
    this.trainSubjects = train;
    this.validationSubjects = validation;
    this.testSubjects = test;
  }

  public void recordTeacher(double testAccuracy, int epochs) {
    this.teacherAccuracy = testAccuracy;
    this.teacherEpochs = epochs;
  }

  /** Adds an increment's result, replacing one recorded for the same step by an earlier, interrupted run. */
  public void recordIncrement(IncrementRecord increment) {
    increments.removeIf(i -> i.getStep() == increment.getStep());
    increment.attachTo(this);
    increments.add(increment);
  }

  /** Stores the summary metrics of the accuracy matrix (acc[step][class] as JSON). */
  public void recordSummary(double overall, double forgetting, double bwt, String matrixJson) {
    this.overallAccuracy = overall;
    this.averageForgetting = forgetting;
    this.backwardTransfer = bwt;
    this.accuracyMatrix = matrixJson;
  }

  public void complete(String report, LocalDateTime now) {
    this.reportPath = report;
    this.status = ExperimentStatus.COMPLETED;
    this.endedAt = now;
  }

  public void fail(String reason, LocalDateTime now) {
    this.status = ExperimentStatus.FAILED;
    this.failure = reason == null ? "unknown failure" : reason.substring(0, Math.min(reason.length(), 1000));
    this.endedAt = now;
  }

  public void markStopping() {
    this.status = ExperimentStatus.STOPPING;
  }

  public void markStopped(LocalDateTime now) {
    this.status = ExperimentStatus.STOPPED;
    this.endedAt = now;
  }

  /** The job was given up for good; the experiment keeps what it recorded. */
  public void markAbandoned(LocalDateTime now) {
    this.status = ExperimentStatus.ABANDONED;
    if (endedAt == null) {
      endedAt = now;
    }
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDataset() {
    return dataset;
  }

  public String getParameters() {
    return parameters;
  }

  public ExperimentStatus getStatus() {
    return status;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public String getFailure() {
    return failure;
  }

  public String getWorkDir() {
    return workDir;
  }

  public Progress getProgress() {
    return progress;
  }

  public Integer getSampleCount() {
    return sampleCount;
  }

  public Integer getLoadProblemCount() {
    return loadProblemCount;
  }

  public Integer getTrainSubjects() {
    return trainSubjects;
  }

  public Integer getValidationSubjects() {
    return validationSubjects;
  }

  public Integer getTestSubjects() {
    return testSubjects;
  }

  public Integer getTeacherEpochs() {
    return teacherEpochs;
  }

  public Double getTeacherAccuracy() {
    return teacherAccuracy;
  }

  public Double getOverallAccuracy() {
    return overallAccuracy;
  }

  public Double getAverageForgetting() {
    return averageForgetting;
  }

  public Double getBackwardTransfer() {
    return backwardTransfer;
  }

  public String getAccuracyMatrix() {
    return accuracyMatrix;
  }

  public String getReportPath() {
    return reportPath;
  }

  public List<IncrementRecord> getIncrements() {
    return Collections.unmodifiableList(increments);
  }
}
