package dev.compoundfer.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;

/** What the pages may offer for an experiment in a given status, and how they print times ({@code #{states}}). */
@Named("states")
@ApplicationScoped
public class ExperimentStates {
  /** The job may still change it: a progress bar is live and "stop" makes sense. */
  public static boolean isActive(String status) {
    return "RUNNING".equals(status) || "STOPPING".equals(status);
  }

  public boolean active(String status) {
    return isActive(status);
  }

  public boolean canStop(String status) {
    return "RUNNING".equals(status);
  }

  /** Restart and abandon both apply to a job that ended without completing. */
  public boolean canRestart(String status) {
    return "STOPPED".equals(status) || "FAILED".equals(status);
  }

  /** "1 h 02 min", "3 min 05 s", "12 s", or "" when nothing is known. */
  public String eta(long seconds) {
    if (seconds <= 0) {
      return "";
    }
    Duration d = Duration.ofSeconds(seconds);
    if (d.toHours() > 0) {
      return String.format("%d h %02d min", d.toHours(), d.toMinutesPart());
    }
    if (d.toMinutes() > 0) {
      return String.format("%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }
    return d.toSeconds() + " s";
  }
}
