package dev.compoundfer.persistence.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;

/** {@code acc[step][class]} of an experiment: test accuracy of one class after one step (0 = teacher). */
@Entity
@NamedQuery(name = "AccuracyCell.ofExperiment",
    query = "SELECT c FROM AccuracyCell c WHERE c.experimentId = :experiment ORDER BY c.step, c.position")
@NamedQuery(name = "AccuracyCell.deleteExperiment",
    query = "DELETE FROM AccuracyCell c WHERE c.experimentId = :experiment")
public class AccuracyCell {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accuracyCellSeq")
  @SequenceGenerator(name = "accuracyCellSeq", sequenceName = "ACCURACY_CELL_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long experimentId;

  private int step;

  /** The class's output index, so cells read back in the classifier's order. */
  private int position;

  @Column(nullable = false, length = 40)
  private String expression;

  private double accuracy;

  protected AccuracyCell() {}

  public AccuracyCell(Long experimentId, int step, int position, String expression, double accuracy) {
    this.experimentId = experimentId;
    this.step = step;
    this.position = position;
    this.expression = expression;
    this.accuracy = accuracy;
  }

  public int getStep() {
    return step;
  }

  public String getExpression() {
    return expression;
  }

  public double getAccuracy() {
    return accuracy;
  }
}
