package dev.compoundfer.persistence.experiment;

/** Where an experiment is in its life cycle. */
public enum ExperimentStatus {
  CREATED,
  RUNNING,
  STOPPING,
  STOPPED,
  COMPLETED,
  FAILED,
  ABANDONED;

  /** Whether the job may still change the experiment. */
  public boolean isActive() {
    return this == RUNNING || this == STOPPING;
  }
}
