package dev.compoundfer.core.fewshot;

import dev.compoundfer.core.continual.ContinualMethod;

/** How a few-shot episode keeps the six basic classes while it learns the new one from a few images. */
public enum FewShotMethod {
  /**
   * The reference (method.md §4): the episode trains on its shots alone, with the teacher's six logits distilled at
   * gamma0 (zero-padded for the new class). Nothing shows the network a basic face, so with more shots it answers
   * the new class for them too.
   */
  REFERENCE,
  /**
   * Ours: beside the shots, m images of each basic class chosen by Predictive Sorting on the teacher's logits (m as
   * the continual phase's memory per class), the shots drawn m at a time (at least each shot once) so that the seven classes stay balanced, the
   * continual phase's step floor, and the teacher distilled over its six classes at 6/7 (as {@code kd_prev_*}).
   */
  REPLAY;

  /** The few-shot counterpart of a continual method: {@link #REPLAY} for ours ({@code kd_prev_*}), else the reference. */
  public static FewShotMethod of(ContinualMethod method) {
    return method.distilsThePreviousModel() ? REPLAY : REFERENCE;
  }
}
