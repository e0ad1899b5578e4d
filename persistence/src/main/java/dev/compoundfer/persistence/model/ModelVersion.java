package dev.compoundfer.persistence.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDateTime;
import java.util.Objects;

/** A trained model saved by an experiment; at most one version is active and serves inference. */
@Entity
@NamedQuery(name = "ModelVersion.active", query = "SELECT m FROM ModelVersion m WHERE m.active = TRUE")
@NamedQuery(name = "ModelVersion.newestFirst", query = "SELECT m FROM ModelVersion m ORDER BY m.id DESC")
@NamedQuery(name = "ModelVersion.ofExperimentNewestFirst",
    query = "SELECT m FROM ModelVersion m WHERE m.experimentId = :experimentId ORDER BY m.createdAt DESC, m.id DESC")
public class ModelVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "modelVersionSeq")
  @SequenceGenerator(name = "modelVersionSeq", sequenceName = "MODEL_VERSION_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long experimentId;

  @Column(nullable = false, length = 40)
  private String stage;

  @Column(nullable = false, length = 1000)
  private String classes;

  @Column(nullable = false, length = 500)
  private String path;

  @Column(nullable = false, length = 80)
  private String checksum;

  private Double accuracy;

  private boolean active;

  @Column(nullable = false)
  private LocalDateTime createdAt;

  protected ModelVersion() {}

  public ModelVersion(
      Long experimentId, String stage, String classes, String path, String checksum, Double accuracy,
      LocalDateTime createdAt) {
    this.experimentId = Objects.requireNonNull(experimentId, "experimentId");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.classes = Objects.requireNonNull(classes, "classes");
    this.path = Objects.requireNonNull(path, "path");
    this.checksum = Objects.requireNonNull(checksum, "checksum");
    this.accuracy = accuracy;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public void activate() {
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public Long getId() {
    return id;
  }

  public Long getExperimentId() {
    return experimentId;
  }

  public String getStage() {
    return stage;
  }

  public String getClasses() {
    return classes;
  }

  public String getPath() {
    return path;
  }

  public String getChecksum() {
    return checksum;
  }

  public Double getAccuracy() {
    return accuracy;
  }

  public boolean isActive() {
    return active;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
