package dev.compoundfer.core.pretrain;

import java.util.Arrays;
import java.util.Locale;

/** The pretraining methods, by the name the lab, the job and an artifact's provenance use. */
public enum PretrainMethod {
  /** Contrastive, on unlabeled images. */
  SIMCLR,
  /** Classification on any labelled faces; the classifier is dropped afterwards. */
  SUPERVISED,
  /** Regression of the action-unit intensities of synthetic FACS faces. */
  AU;

  /** The lower-case name: {@code simclr}, {@code supervised}, {@code au}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The method named {@code label}; fails naming the known ones. */
  public static PretrainMethod of(String label) {
    for (PretrainMethod method : values()) {
      if (method.label().equals(label)) {
        return method;
      }
    }
    throw new IllegalArgumentException(
        "Unknown pretraining method '" + label + "'; known: "
            + Arrays.stream(values()).map(PretrainMethod::label).toList());
  }
}
