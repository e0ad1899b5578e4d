package dev.compoundfer.core.lab;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.fewshot.FewShotEpisode;
import dev.compoundfer.core.fewshot.FewShotMethod;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options of the few-shot phase: shot counts, the method and how many compound classes get episodes. */
public final class FewShotOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--shots", split = ",", defaultValue = "1,3,5",
      description = "shot counts, each 1, 3 or 5 (default: ${DEFAULT-VALUE})")
  List<Integer> shots;

  @Option(names = "--fewshot-method", defaultValue = "reference",
      description = "reference (the shots alone, as the paper) or replay (basic-class memory beside the shots)"
          + " (default: ${DEFAULT-VALUE})")
  String method;

  @Option(names = "--fewshot-classes", defaultValue = "15",
      description = "compound classes given episodes, the first in canonical order (default: ${DEFAULT-VALUE})")
  int classes;

  void validate() {
    for (int shot : shots) {
      CommonOptions.require(spec, FewShotEpisode.SHOT_COUNTS.contains(shot), "--shots", shot, "1, 3 or 5");
    }
    CommonOptions.require(spec, method.equals("reference") || method.equals("replay"), "--fewshot-method", method,
        "reference or replay");
    CommonOptions.require(spec, classes >= 1 && classes <= Expression.compound().size(), "--fewshot-classes",
        classes, "between 1 and " + Expression.compound().size());
  }

  /** The chosen few-shot method. */
  FewShotMethod fewShotMethod() {
    return FewShotMethod.valueOf(method.toUpperCase(java.util.Locale.ROOT));
  }

  /** The compound classes given episodes. */
  List<Expression> compounds() {
    return Expression.compound().subList(0, classes);
  }
}
