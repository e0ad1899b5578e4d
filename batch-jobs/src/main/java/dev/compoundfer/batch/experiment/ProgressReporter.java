package dev.compoundfer.batch.experiment;

import dev.compoundfer.ejb.experiment.ExperimentJournal;
import dev.compoundfer.ejb.experiment.ExperimentView.ProgressView;

/**
 * Turns a step's own progress into the whole job's percentage and an ETA, and journals it. Each phase owns a fixed
 * share of the bar, so the bar only moves forward.
 */
public final class ProgressReporter {
  /** The phases in job order with their share of the whole bar, in percent. */
  public enum Phase {
    PREPARE(0, 5),
    // Skipped unless asked for: the bar then jumps from 5 to 15 %.
    PRETRAIN(5, 10),
    TEACHER(15, 35),
    DISTILL(50, 5),
    CONTINUAL(55, 35),
    FEWSHOT(90, 5),
    REPORT(95, 5);

    final double start;
    final double share;

    Phase(double start, double share) {
      this.start = start;
      this.share = share;
    }
  }

  private final ExperimentJournal journal;
  private final long experimentId;
  private final Phase phase;
  private final long startedNanos = System.nanoTime();
  private int doneAtStart = -1;

  /** Starts the clock: create it when the step starts, before its first unit of work. */
  public ProgressReporter(ExperimentJournal journal, long experimentId, Phase phase) {
    this.journal = journal;
    this.experimentId = experimentId;
    this.phase = phase;
  }

  /**
   * Reports {@code done} of {@code total} units of this phase, one unit per call. The ETA extrapolates the units
   * done since this reporter started (a restarted step does not count what an earlier execution did).
   */
  public void report(String detail, int done, int total, double imagesPerSecond) {
    if (doneAtStart < 0) {
      doneAtStart = Math.max(0, done - 1);
    }
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    int doneHere = done - doneAtStart;
    report(detail, done, total, imagesPerSecond, doneHere <= 0 ? 0 : Math.round(seconds / doneHere * (total - done)));
  }

  /** Reports progress with an ETA the caller knows better (parallel work). */
  public void report(String detail, int done, int total, double imagesPerSecond, long etaSeconds) {
    double fraction = total <= 0 ? 0 : Math.min(1, (double) done / total);
    journal.progress(
        experimentId,
        new ProgressView(phase.name().toLowerCase(), detail, done, total, phase.start + phase.share * fraction,
            imagesPerSecond, etaSeconds));
  }
}
