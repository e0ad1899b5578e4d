package dev.compoundfer.core.fewshot;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.ClassAccuracy;
import java.util.List;

/**
 * The three figures of a few-shot episode from 7-way logits.
 *
 * @param sevenWay share right over all images (new class and basic classes)
 * @param newClassRecall share of the new class's images predicted as the new class
 * @param basic share right over the basic images
 */
record EpisodeScore(double sevenWay, double newClassRecall, double basic) {

  /**
   * @param classes the model's output order: the 6 basic classes, then the new class
   * @param truth the true class of each image, each in {@code classes}
   * @param logits {@code [image][7]}
   */
  static EpisodeScore of(List<Expression> classes, List<Expression> truth, float[][] logits) {
    Expression newClass = classes.get(classes.size() - 1);
    ClassAccuracy all = ClassAccuracy.of(classes, truth, logits);
    int basicRight = 0;
    int basicImages = 0;
    for (int i = 0; i < truth.size(); i++) {
      if (truth.get(i) != newClass) {
        basicImages++;
        basicRight += classes.get(ClassAccuracy.argMax(logits[i])) == truth.get(i) ? 1 : 0;
      }
    }
    return new EpisodeScore(
        all.overall(),
        all.perClass().getOrDefault(newClass, 0.0),
        basicImages == 0 ? 0 : (double) basicRight / basicImages);
  }
}
