package dev.compoundfer.ejb.schedule;

import dev.compoundfer.ejb.experiment.ExperimentRequest;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import java.io.Serializable;
import java.util.Objects;

/**
 * A new schedule.
 *
 * @param name a label; started experiments are named after it
 * @param calendar six fields, {@code second minute hour dayOfMonth month dayOfWeek}, each in EJB calendar syntax
 *     (for example {@code 0 30 2 * * Mon-Fri}: weekdays at 02:30)
 * @param experiment the parameters of every experiment it starts
 */
public record ScheduleRequest(String name, String calendar, ExperimentRequest experiment) implements Serializable {
  public ScheduleRequest {
    if (name == null || name.isBlank() || name.length() > 80) {
      throw new InvalidParameterException("name", "name must be 1 to 80 characters");
    }
    Objects.requireNonNull(experiment, "experiment");
    if (calendar == null || calendar.isBlank() || calendar.strip().split("\\s+").length != 6) {
      throw new InvalidParameterException("calendar",
          "calendar must have six fields 'second minute hour dayOfMonth month dayOfWeek', was " + calendar);
    }
  }
}
