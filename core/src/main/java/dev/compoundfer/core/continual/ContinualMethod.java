package dev.compoundfer.core.continual;

import dev.compoundfer.core.distillation.GammaSchedule;
import dev.compoundfer.core.replay.Herding;
import dev.compoundfer.core.replay.PredictiveSorting;
import dev.compoundfer.core.replay.RandomSelection;
import dev.compoundfer.core.replay.SelectionPolicy;
import dev.compoundfer.core.training.TrainingConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

  /** The reference method's name. */
  public static final String REFERENCE = "kd_psmr";

  /**
   * What the product's experiments learn with unless told otherwise: ours with herding memory, which on the
   * synthetic ablation kept the most of the old classes and had the highest overall accuracy after kd_herding
   * (docs/benchmarks.md, "Ablation").
   */
  public static final String PRODUCT_DEFAULT = "kd_prev_herding";

  private static final Map<String, Function<TrainingConfig, ContinualMethod>> BY_NAME = byName();

  /** Every method's name, in report order. */
  public static final List<String> NAMES = List.copyOf(BY_NAME.keySet());
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

  /**
   * The method of this name, configured.
   *
   * @throws IllegalArgumentException naming the known methods if there is none of that name
   */
  public static ContinualMethod named(String name, TrainingConfig config) {
    Function<TrainingConfig, ContinualMethod> method = BY_NAME.get(name);
    if (method == null) {
      throw new IllegalArgumentException("Unknown continual method " + name + "; known: " + NAMES);
    }
    return method.apply(config);
  }

  /** Whether a method of this name exists. */
  public static boolean isKnown(String name) {
    return BY_NAME.containsKey(name);
  }

  /** Whether this method distils from the model before each increment (ours) rather than from the teacher. */
  public boolean distilsThePreviousModel() {
    return distillation.filter(Distillation::needsPreviousModel).isPresent();
  }

  private static Map<String, Function<TrainingConfig, ContinualMethod>> byName() {
    Map<String, Function<TrainingConfig, ContinualMethod>> m = new LinkedHashMap<>();
    m.put(REFERENCE, ContinualMethod::kdPsmr);
    m.put("kd_random", ContinualMethod::kdRandom);
    m.put("kd_herding", ContinualMethod::kdHerding);
    m.put("kd_prev_psmr", config -> kdPrevPsmr());
    m.put("kd_prev_herding", config -> kdPrevHerding());
    m.put("psmr_no_kd", config -> psmrNoKd());
    m.put("finetune", config -> finetune());
    return Collections.unmodifiableMap(m);
  }

  private static Optional<Distillation> gamma(TrainingConfig config) {
    return Optional.of(new Distillation.FromTeacher(new GammaSchedule(config.gamma0())));
  }
}
