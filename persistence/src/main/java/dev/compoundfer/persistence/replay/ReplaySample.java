package dev.compoundfer.persistence.replay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One image kept in an experiment's replay memory for a basic class: its score and rank (1 = best). */
@Entity
@Table(indexes = @Index(columnList = "experimentId, expression"))
@NamedQuery(name = "ReplaySample.ofExperiment",
    query = "SELECT r FROM ReplaySample r WHERE r.experimentId = :experiment ORDER BY r.expression, r.rank")
@NamedQuery(name = "ReplaySample.deleteClass",
    query = "DELETE FROM ReplaySample r WHERE r.experimentId = :experiment AND r.expression = :expression")
public class ReplaySample {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "replaySampleSeq")
  @SequenceGenerator(name = "replaySampleSeq", sequenceName = "REPLAY_SAMPLE_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long experimentId;

  @Column(nullable = false, length = 40)
  private String expression;

  @Column(nullable = false, length = 1000)
  private String sample;

  private double score;

  @Column(name = "SAMPLE_RANK")
  private int rank;

  protected ReplaySample() {}

  public ReplaySample(Long experimentId, String expression, String sample, double score, int rank) {
    if (rank < 1) {
      throw new IllegalArgumentException("Ranks start at 1, was " + rank);
    }
    this.experimentId = experimentId;
    this.expression = expression;
    this.sample = sample;
    this.score = score;
    this.rank = rank;
  }

  public String getExpression() {
    return expression;
  }

  public String getSample() {
    return sample;
  }

  public double getScore() {
    return score;
  }

  public int getRank() {
    return rank;
  }
}
