package dev.compoundfer.core.lab;

import dev.compoundfer.core.continual.ClassOrder;
import dev.compoundfer.core.continual.ContinualMethod;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.training.TrainingConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options of the continual phase: how many class orders, how many increments, which methods, which memory. */
public final class ContinualOptions {

  /** The methods {@link ContinualMethod} offers, by report name. */
  static final Map<String, Function<TrainingConfig, ContinualMethod>> METHODS = methods();

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--orders", defaultValue = "1",
      description = "class orders; order k learns ClassOrder.shuffled(seed + k) (default: ${DEFAULT-VALUE})")
  int orders;

  @Option(names = "--increments", defaultValue = "15",
      description = "compound classes learned per order, the first of each order (default: ${DEFAULT-VALUE})")
  int increments;

  @Option(names = "--method", split = ",", defaultValue = "kd_psmr",
      description = "one or more of kd_psmr, kd_random, kd_herding, kd_prev_psmr, kd_prev_herding, psmr_no_kd, finetune (default: ${DEFAULT-VALUE})")
  List<String> methods;

  @Option(names = "--memory", defaultValue = "grow",
      description = "grow (m per class fixed) | limit (memory size fixed) (default: ${DEFAULT-VALUE})")
  String memory;

  void validate() {
    CommonOptions.require(spec, orders >= 1 && orders <= 100, "--orders", orders, "between 1 and 100");
    CommonOptions.require(spec, increments >= 1 && increments <= Expression.compound().size(), "--increments",
        increments, "between 1 and " + Expression.compound().size());
    for (String method : methods) {
      CommonOptions.require(spec, METHODS.containsKey(method), "--method", method, "one of " + METHODS.keySet());
    }
    CommonOptions.require(spec, memory.equals("grow") || memory.equals("limit"), "--memory", memory,
        "grow or limit");
  }

  /** The compound classes order {@code k} (1-based) learns: the first {@code increments} of its shuffle. */
  List<Expression> classOrder(long seed, int k) {
    return ClassOrder.shuffled(seed + k).subList(0, increments);
  }

  /** The chosen methods, configured. */
  List<ContinualMethod> methods(TrainingConfig config) {
    List<ContinualMethod> out = new ArrayList<>();
    methods.forEach(name -> out.add(METHODS.get(name).apply(config)));
    return out;
  }

  private static Map<String, Function<TrainingConfig, ContinualMethod>> methods() {
    Map<String, Function<TrainingConfig, ContinualMethod>> m = new LinkedHashMap<>();
    m.put("kd_psmr", ContinualMethod::kdPsmr);
    m.put("kd_random", ContinualMethod::kdRandom);
    m.put("kd_herding", ContinualMethod::kdHerding);
    m.put("kd_prev_psmr", config -> ContinualMethod.kdPrevPsmr());
    m.put("kd_prev_herding", config -> ContinualMethod.kdPrevHerding());
    m.put("psmr_no_kd", config -> ContinualMethod.psmrNoKd());
    m.put("finetune", config -> ContinualMethod.finetune());
    return Collections.unmodifiableMap(m);
  }
}
