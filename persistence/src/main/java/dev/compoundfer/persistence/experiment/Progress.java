package dev.compoundfer.persistence.experiment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the job is doing right now. Written by the job as it happens, because Jakarta Batch step metrics read 0
 * until a step ends.
 */
@Embeddable
public class Progress {
  @Column(name = "PROGRESS_PHASE", length = 32)
  private String phase;

  @Column(name = "PROGRESS_DETAIL", length = 200)
  private String detail;

  @Column(name = "PROGRESS_DONE")
  private int done;

  @Column(name = "PROGRESS_TOTAL")
  private int total;

  @Column(name = "PROGRESS_PERCENT")
  private double percent;

  @Column(name = "PROGRESS_IMAGES_PER_SECOND")
  private double imagesPerSecond;

  @Column(name = "PROGRESS_ETA_SECONDS")
  private long etaSeconds;

  protected Progress() {}

  public Progress(
      String phase, String detail, int done, int total, double percent, double imagesPerSecond, long eta) {
    this.phase = phase;
    this.detail = detail;
    this.done = done;
    this.total = total;
    this.percent = Math.max(0, Math.min(100, percent));
    this.imagesPerSecond = imagesPerSecond;
    this.etaSeconds = eta;
  }

  public String getPhase() {
    return phase;
  }

  public String getDetail() {
    return detail;
  }

  public int getDone() {
    return done;
  }

  public int getTotal() {
    return total;
  }

  public double getPercent() {
    return percent;
  }

  public double getImagesPerSecond() {
    return imagesPerSecond;
  }

  public long getEtaSeconds() {
    return etaSeconds;
  }
}
