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
    TEACHER(5, 45),
    DISTILL(50, 5),
    CONTINUAL(55, 40),
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
  private final int doneAtStart;

  public ProgressReporter(ExperimentJournal journal, long experimentId, Phase phase, int doneAtStart) {
    this.journal = journal;
    this.experimentId = experimentId;
    this.phase = phase;
    this.doneAtStart = doneAtStart;
  }

  /** Reports {@code done} of {@code total} units of this phase. */
  public void report(String detail, int done, int total, double imagesPerSecond) {
    double fraction = total <= 0 ? 0 : Math.min(1, (double) done / total);
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    int doneHere = done - doneAtStart;
    long eta = doneHere <= 0 ? 0 : Math.round(seconds / doneHere * (total - done));
    journal.progress(
        experimentId,
        new ProgressView(phase.name().toLowerCase(), detail, done, total, phase.start + phase.share * fraction,
            imagesPerSecond, eta));
  }
}
