package dev.compoundfer.persistence.experiment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One run of one job step for an experiment: which job execution ran it, when, and how it ended. A restarted
 * experiment has a row per execution that reached the step, so the rows also list its job execution ids.
 */
@Entity
@NamedQuery(name = "StepRun.ofExperiment",
    query = "SELECT s FROM StepRun s WHERE s.experimentId = :experiment ORDER BY s.id")
@NamedQuery(name = "StepRun.open",
    query = "SELECT s FROM StepRun s WHERE s.experimentId = :experiment AND s.endedAt IS NULL")
@NamedQuery(name = "StepRun.find",
    query = "SELECT s FROM StepRun s WHERE s.jobExecutionId = :execution AND s.step = :step ORDER BY s.id DESC")
public class StepRun {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stepRunSeq")
  @SequenceGenerator(name = "stepRunSeq", sequenceName = "STEP_RUN_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long experimentId;

  private long jobExecutionId;

  @Column(nullable = false, length = 32)
  private String step;

  @Column(nullable = false)
  private LocalDateTime startedAt;

  private LocalDateTime endedAt;

  /** The step's batch status at its end (COMPLETED, STOPPED, FAILED). */
  @Column(length = 16)
  private String status;

  /** Chunk items this run processed (epochs, classes, increments); 0 for batchlets, null while it runs. */
  private Integer items;

  protected StepRun() {}

  public StepRun(Long experimentId, long jobExecutionId, String step, LocalDateTime startedAt) {
    this.experimentId = Objects.requireNonNull(experimentId, "experimentId");
    this.jobExecutionId = jobExecutionId;
    this.step = Objects.requireNonNull(step, "step");
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
  }

  /** The step ended; the first status recorded wins (a failure is recorded before the listener's own end). */
  public void end(String status, Integer items, LocalDateTime at) {
    if (endedAt == null) {
      this.status = status;
      this.endedAt = at;
    }
    if (items != null) {
      this.items = items;
    }
  }

  public long getJobExecutionId() {
    return jobExecutionId;
  }

  public String getStep() {
    return step;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public String getStatus() {
    return status;
  }

  public Integer getItems() {
    return items;
  }

  /** Wall time in seconds, or null while the step runs. */
  public Double getSeconds() {
    return endedAt == null ? null : Duration.between(startedAt, endedAt).toMillis() / 1000.0;
  }
}
