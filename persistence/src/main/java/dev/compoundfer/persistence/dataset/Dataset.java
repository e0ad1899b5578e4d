package dev.compoundfer.persistence.dataset;

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
 * A dataset an admin registered: a name, the reader that understands its layout and its location on the server.
 * Each scan replaces what is known about its content (images, subjects, images per class, load problems).
 */
@Entity
@NamedQuery(name = "Dataset.all", query = "SELECT d FROM Dataset d ORDER BY d.id")
@NamedQuery(name = "Dataset.byName", query = "SELECT d FROM Dataset d WHERE d.name = :name")
public class Dataset {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "datasetSeq")
  @SequenceGenerator(name = "datasetSeq", sequenceName = "DATASET_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String name;

  /** {@code synthetic}, {@code cfee}, {@code manifest} or {@code folders}. */
  @Column(nullable = false, length = 20)
  private String reader;

  /** The folder or manifest file; empty for the embedded synthetic generator. */
  @Column(nullable = false, length = 1000)
  private String path;

  @Column(nullable = false)
  private LocalDateTime createdAt;

  private LocalDateTime scannedAt;
  private int sampleCount;
  private int subjectCount;
  private int problemCount;

  /** {@code expression=count} lines, in class order. */
  @Lob private String classCounts;

  /** The first load problems, {@code file<TAB>reason} lines. */
  @Lob private String problems;

  protected Dataset() {}

  public Dataset(String name, String reader, String path, LocalDateTime createdAt) {
    this.name = Objects.requireNonNull(name, "name");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.path = Objects.requireNonNull(path, "path");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Records what a scan of the dataset found. */
  public void scanned(DatasetScan scan, LocalDateTime at) {
    scannedAt = Objects.requireNonNull(at, "at");
    sampleCount = scan.samples();
    subjectCount = scan.subjects();
    problemCount = scan.problemCount();
    classCounts = scan.classCounts();
    problems = scan.problems();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getReader() {
    return reader;
  }

  public String getPath() {
    return path;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getScannedAt() {
    return scannedAt;
  }

  public int getSampleCount() {
    return sampleCount;
  }

  public int getSubjectCount() {
    return subjectCount;
  }

  public int getProblemCount() {
    return problemCount;
  }

  public String getClassCounts() {
    return classCounts;
  }

  public String getProblems() {
    return problems;
  }
}
