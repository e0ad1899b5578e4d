package dev.compoundfer.core.lab;

import dev.compoundfer.core.continual.ClassOrder;
import dev.compoundfer.core.continual.ContinualMethod;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.training.TrainingConfig;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options of the continual phase: how many class orders, how many increments, which methods, which memory. */
public final class ContinualOptions {

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
      CommonOptions.require(spec, ContinualMethod.isKnown(method), "--method", method,
          "one of " + ContinualMethod.NAMES);
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
    return methods.stream().map(name -> ContinualMethod.named(name, config)).toList();
  }
}
