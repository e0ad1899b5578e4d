package dev.compoundfer.core.continual;

import dev.compoundfer.core.distillation.GammaSchedule;
import dev.compoundfer.core.replay.Herding;
import dev.compoundfer.core.replay.PredictiveSorting;
import dev.compoundfer.core.replay.RandomSelection;
import dev.compoundfer.core.replay.SelectionPolicy;
import dev.compoundfer.core.training.TrainingConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * How increments learn: which images replay memory keeps (none = no replay) and how strongly the frozen teacher is
 * distilled (none = cross entropy alone). The reference method is {@link #kdPsmr}; the others are its ablations and
 * the fine-tuning lower bound, each a different piece rather than a switch. {@link #kdPrevPsmr} and {@link
 * #kdPrevHerding} are our improvement: they distil every class learned so far from the student's copy before the
 * increment instead of the six basic classes from the teacher.
 *
 * @param name the method's name in reports, e.g. {@code kd_psmr}
 * @param replay ranks the images each learned class keeps in memory; empty = train on the new class only
 * @param distillation what each increment distils and how strongly; empty = no distillation
 */
public record ContinualMethod(String name, Optional<SelectionPolicy> replay, Optional<Distillation> distillation) {
  public ContinualMethod {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A method needs a name");
    }
    Objects.requireNonNull(replay, "replay");
    Objects.requireNonNull(distillation, "distillation");
  }

  /** The reference: distillation with gamma_i = gamma0 e^(-i/(1+e)) and Predictive Sorting memory replay. */
  public static ContinualMethod kdPsmr(TrainingConfig config) {
    return new ContinualMethod("kd_psmr", Optional.of(new PredictiveSorting()), gamma(config));
  }

  /** Distillation with randomly chosen memory (seeded by the configuration's seed). */
  public static ContinualMethod kdRandom(TrainingConfig config) {
    return new ContinualMethod("kd_random", Optional.of(new RandomSelection(config.seed())), gamma(config));
  }

  /** Distillation with iCaRL herding memory. */
  public static ContinualMethod kdHerding(TrainingConfig config) {
    return new ContinualMethod("kd_herding", Optional.of(new Herding()), gamma(config));
  }

  /** Predictive Sorting memory replay, distilling all learned classes from the previous increment's model. */
  public static ContinualMethod kdPrevPsmr() {
    return new ContinualMethod("kd_prev_psmr", Optional.of(new PredictiveSorting()),
        Optional.of(new Distillation.FromPreviousModel()));
  }

  /** Herding memory replay, distilling all learned classes from the previous increment's model. */
  public static ContinualMethod kdPrevHerding() {
    return new ContinualMethod("kd_prev_herding", Optional.of(new Herding()),
        Optional.of(new Distillation.FromPreviousModel()));
  }

  /** Predictive Sorting memory replay without distillation. */
  public static ContinualMethod psmrNoKd() {
    return new ContinualMethod("psmr_no_kd", Optional.of(new PredictiveSorting()), Optional.empty());
  }

  /** The lower bound: neither replay nor distillation, each increment trains on the new class alone. */
  public static ContinualMethod finetune() {
    return new ContinualMethod("finetune", Optional.empty(), Optional.empty());
  }

  private static Optional<Distillation> gamma(TrainingConfig config) {
    return Optional.of(new Distillation.FromTeacher(new GammaSchedule(config.gamma0())));
  }
}
