package dev.compoundfer.persistence.model;

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
 * A pretrained backbone on the server's disk (the folder {@code lab pretrain} writes), registered so that an
 * experiment's teacher can start from it. The checksum is the one verified at registration; the job verifies it
 * again when it loads the file.
 */
@Entity
@NamedQuery(name = "BackboneArtifact.newestFirst", query = "SELECT b FROM BackboneArtifact b ORDER BY b.id DESC")
@NamedQuery(name = "BackboneArtifact.byPathAndChecksum",
    query = "SELECT b FROM BackboneArtifact b WHERE b.path = :path AND b.sha256 = :sha256 ORDER BY b.id")
public class BackboneArtifact {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backboneArtifactSeq")
  @SequenceGenerator(name = "backboneArtifactSeq", sequenceName = "BACKBONE_ARTIFACT_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 20)
  private String method;

  @Column(nullable = false, length = 40)
  private String backbone;

  private int imageSize;

  private int channels;

  @Column(nullable = false, length = 500)
  private String path;

  @Column(nullable = false, length = 80)
  private String sha256;

  /** The artifact's provenance as its JSON file states it (data, epochs, measured figures). */
  @Lob
  @Column(nullable = false)
  private String provenance;

  @Column(nullable = false)
  private LocalDateTime registeredAt;

  protected BackboneArtifact() {}

  public BackboneArtifact(
      String method, String backbone, int imageSize, int channels, String path, String sha256, String provenance,
      LocalDateTime registeredAt) {
    this.method = Objects.requireNonNull(method, "method");
    this.backbone = Objects.requireNonNull(backbone, "backbone");
    this.imageSize = imageSize;
    this.channels = channels;
    this.path = Objects.requireNonNull(path, "path");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
  }

  public Long getId() {
    return id;
  }

  public String getMethod() {
    return method;
  }

  public String getBackbone() {
    return backbone;
  }

  public int getImageSize() {
    return imageSize;
  }

  public int getChannels() {
    return channels;
  }

  public String getPath() {
    return path;
  }

  public String getSha256() {
    return sha256;
  }

  public String getProvenance() {
    return provenance;
  }

  public LocalDateTime getRegisteredAt() {
    return registeredAt;
  }
}
