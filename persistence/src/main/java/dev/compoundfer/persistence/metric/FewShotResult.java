package dev.compoundfer.persistence.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * One few-shot episode of an experiment: a compound class learned from {@code shots} images on a copy of the
 * teacher, scored on test subjects. One row per class and shot count, so a restarted step knows what is done.
 */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = {"EXPERIMENTID", "COMPOUND", "SHOTS"}))
@NamedQuery(name = "FewShotResult.ofExperiment",
    query = "SELECT f FROM FewShotResult f WHERE f.experimentId = :experiment ORDER BY f.shots, f.position")
@NamedQuery(name = "FewShotResult.find",
    query = "SELECT f FROM FewShotResult f WHERE f.experimentId = :experiment AND f.compound = :compound"
        + " AND f.shots = :shots")
@NamedQuery(name = "FewShotResult.countExperiment",
    query = "SELECT COUNT(f) FROM FewShotResult f WHERE f.experimentId = :experiment")
public class FewShotResult {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fewShotResultSeq")
  @SequenceGenerator(name = "fewShotResultSeq", sequenceName = "FEW_SHOT_RESULT_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long experimentId;

  @Column(nullable = false, length = 40)
  private String compound;

  /** The class's place in the canonical order, so results read back in the order of the paper's tables. */
  private int position;

  private int shots;

  /** Chose the shots and seeded the episode: the same seed gives the same episode. */
  private long seed;

  private double sevenWayAccuracy;
  private double newClassRecall;
  private double basicAccuracy;
  private int epochs;
  private double seconds;

  protected FewShotResult() {}

  public FewShotResult(Long experimentId, String compound, int position, int shots, long seed,
      double sevenWayAccuracy, double newClassRecall, double basicAccuracy, int epochs, double seconds) {
    if (shots < 1) {
      throw new IllegalArgumentException("An episode has at least one shot, was " + shots);
    }
    this.experimentId = experimentId;
    this.compound = compound;
    this.position = position;
    this.shots = shots;
    this.seed = seed;
    this.sevenWayAccuracy = sevenWayAccuracy;
    this.newClassRecall = newClassRecall;
    this.basicAccuracy = basicAccuracy;
    this.epochs = epochs;
    this.seconds = seconds;
  }

  public String getCompound() {
    return compound;
  }

  public int getShots() {
    return shots;
  }

  public long getSeed() {
    return seed;
  }

  public double getSevenWayAccuracy() {
    return sevenWayAccuracy;
  }

  public double getNewClassRecall() {
    return newClassRecall;
  }

  public double getBasicAccuracy() {
    return basicAccuracy;
  }

  public int getEpochs() {
    return epochs;
  }

  public double getSeconds() {
    return seconds;
  }
}
