package dev.compoundfer.persistence.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Starts an experiment with fixed parameters whenever its calendar expression fires (a persistent EJB timer, so
 * it survives server restarts). Paused schedules keep their definition but have no timer.
 */
@Entity
@NamedQuery(name = "Schedule.all", query = "SELECT s FROM Schedule s ORDER BY s.id")
public class Schedule {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduleSeq")
  @SequenceGenerator(name = "scheduleSeq", sequenceName = "SCHEDULE_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  /** The calendar as {@code second minute hour dayOfMonth month dayOfWeek}, EJB calendar syntax per field. */
  @Column(nullable = false, length = 200)
  private String calendar;

  @Lob
  @Column(nullable = false)
  private String parameters;

  private boolean paused;

  private Long lastExperimentId;

  private LocalDateTime lastStartedAt;

  @Column(nullable = false)
  private LocalDateTime createdAt;

  protected Schedule() {}

  public Schedule(String name, String calendar, String parameters, LocalDateTime createdAt) {
    this.name = Objects.requireNonNull(name, "name");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public void pause() {
    paused = true;
  }

  public void resume() {
    paused = false;
  }

  public void started(long experimentId, LocalDateTime at) {
    lastExperimentId = experimentId;
    lastStartedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCalendar() {
    return calendar;
  }

  public String getParameters() {
    return parameters;
  }

  public boolean isPaused() {
    return paused;
  }

  public Long getLastExperimentId() {
    return lastExperimentId;
  }

  public LocalDateTime getLastStartedAt() {
    return lastStartedAt;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
