package dev.compoundfer.persistence.experiment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** The result of one increment: a compound class learned, and the accuracies measured right after it. */
@Entity
public class IncrementRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incrementSeq")
  @SequenceGenerator(name = "incrementSeq", sequenceName = "INCREMENT_SEQ", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private Experiment experiment;

  private int step;

  @Column(nullable = false, length = 40)
  private String learnedClass;

  private double accuracyAllSeen;
  private double newClassAccuracy;
  private double oldClassAccuracy;
  private int epochs;
  private double seconds;

  protected IncrementRecord() {}

  public IncrementRecord(
      int step, String learnedClass, double accuracyAllSeen, double newClassAccuracy, double oldClassAccuracy,
      int epochs, double seconds) {
    if (step < 1) {
      throw new IllegalArgumentException("Increment steps start at 1, was " + step);
    }
    this.step = step;
    this.learnedClass = learnedClass;
    this.accuracyAllSeen = accuracyAllSeen;
    this.newClassAccuracy = newClassAccuracy;
    this.oldClassAccuracy = oldClassAccuracy;
    this.epochs = epochs;
    this.seconds = seconds;
  }

  void attachTo(Experiment experiment) {
    this.experiment = experiment;
  }

  public int getStep() {
    return step;
  }

  public String getLearnedClass() {
    return learnedClass;
  }

  public double getAccuracyAllSeen() {
    return accuracyAllSeen;
  }

  public double getNewClassAccuracy() {
    return newClassAccuracy;
  }

  public double getOldClassAccuracy() {
    return oldClassAccuracy;
  }

  public int getEpochs() {
    return epochs;
  }

  public double getSeconds() {
    return seconds;
  }
}
