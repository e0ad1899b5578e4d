package dev.compoundfer.ejb.schedule;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A schedule as the console and REST clients see it. */
public record ScheduleView(
    long id, String name, String calendar, boolean paused, LocalDateTime nextStart, Long lastExperimentId,
    LocalDateTime lastStartedAt, String parameters)
    implements Serializable {}
