package dev.compoundfer.core.lab;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.fewshot.FewShotEpisode;
import dev.compoundfer.core.fewshot.FewShotLearning;
import dev.compoundfer.core.fewshot.FewShotResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Few-shot episodes from the saved teacher for every shot count and chosen compound class; {@code fewshot.csv}. */
final class FewShotPhase {

  private FewShotPhase() {}

  static List<FewShotResult> run(LabRun run, FewShotOptions options) {
    TeacherPhase.requireTeacher(run.out());
    ExperimentData d = run.data().data();
    List<FewShotResult> results = new ArrayList<>();
    List<Map<String, Object>> means = new ArrayList<>();
    try (FewShotLearning learning = FewShotLearning.open(options.fewShotMethod(), run.config(), run.out(), d.train(), d.validation(),
        d.test())) {
      for (int shots : options.shots) {
        List<FewShotResult> ofShots = new ArrayList<>();
        for (Expression compound : options.compounds()) {
          FewShotResult r = learning.learn(new FewShotEpisode(compound, shots, run.config().seed()));
          ofShots.add(r);
          run.console().printf(Locale.ROOT, "fewshot %d-shot %s: 7-way %.3f, new-class recall %.3f, basic %.3f%n",
              shots, compound.displayName(), r.sevenWayAccuracy(), r.newClassRecall(), r.basicAccuracy());
        }
        results.addAll(ofShots);
        means.add(mean(run, shots, ofShots));
      }
    }
    Path csv = run.out().resolve("fewshot.csv");
    CsvTables.fewShot(csv, results);
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("method", options.method);
    section.put("means", means);
    section.put("episodes", results);
    section.put("csv", csv.toString());
    run.results().put("fewshot", section);
    return results;
  }

  private static Map<String, Object> mean(LabRun run, int shots, List<FewShotResult> results) {
    double sevenWay = results.stream().mapToDouble(FewShotResult::sevenWayAccuracy).average().orElse(0);
    double recall = results.stream().mapToDouble(FewShotResult::newClassRecall).average().orElse(0);
    double basic = results.stream().mapToDouble(FewShotResult::basicAccuracy).average().orElse(0);
    run.summarise("fewshot", shots + "-shot 7-way accuracy", sevenWay);
    run.summarise("fewshot", shots + "-shot new-class recall (reference figure)", recall);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("shots", shots);
    m.put("classes", results.size());
    m.put("seven_way_accuracy", sevenWay);
    m.put("new_class_recall", recall);
    m.put("basic_accuracy", basic);
    return m;
  }
}
