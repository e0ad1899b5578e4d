package dev.compoundfer.ejb.report;

import dev.compoundfer.ejb.experiment.AccuracyCellView;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Everything the evaluation workbook shows, whatever recorded it. An empty list means "not measured": the workbook
 * says so on that sheet instead of showing an empty table.
 *
 * @param summary who, what and the headline metrics
 * @param stepAccuracies one accuracy curve per class order (the order the compound classes were learned in)
 * @param accuracyMatrix {@code acc[step][class]}, cell by cell (step 0 is the teacher)
 * @param fewShot few-shot results, one row per setting
 * @param perClass precision, recall and F1 per class on the test subjects
 * @param confusions confusion matrices (for example after the teacher and after the last increment)
 */
public record EvaluationReport(
    Summary summary,
    List<OrderCurve> stepAccuracies,
    List<AccuracyCellView> accuracyMatrix,
    List<FewShotRow> fewShot,
    List<ClassMetrics> perClass,
    List<Confusion> confusions) {

  public EvaluationReport {
    stepAccuracies = List.copyOf(stepAccuracies);
    accuracyMatrix = List.copyOf(accuracyMatrix);
    fewShot = List.copyOf(fewShot);
    perClass = List.copyOf(perClass);
    confusions = List.copyOf(confusions);
  }

  /** The experiment and its headline metrics; null metrics were not measured. */
  public record Summary(
      long experimentId,
      String name,
      String dataset,
      String status,
      LocalDateTime createdAt,
      LocalDateTime endedAt,
      Double overallAccuracy,
      Double teacherAccuracy,
      Double averageForgetting,
      Double backwardTransfer,
      SortedMap<String, String> parameters) {}

  /** The accuracy after each step of one class order. */
  public record OrderCurve(String order, List<StepPoint> points) {
    public OrderCurve {
      points = List.copyOf(points);
    }
  }

  /**
   * One step of a class order.
   *
   * @param step 0 = the teacher on the basic classes, i = after the i-th compound class
   * @param learnedClass what this step learned
   * @param accuracyAllSeen accuracy on every class seen so far
   * @param newClassAccuracy accuracy on the class just learned, null at step 0
   * @param oldClassAccuracy accuracy on the classes seen before, null at step 0
   */
  public record StepPoint(
      int step, String learnedClass, double accuracyAllSeen, Double newClassAccuracy, Double oldClassAccuracy,
      Integer epochs, Double seconds) {}

  /**
   * Few-shot learning of one compound class with a number of shots, as means over its episodes.
   *
   * @param sevenWayAccuracy share right over the test images of the new class and the six basic classes
   * @param newClassRecall share of the new class's test images predicted as it (the reference's figure)
   * @param basicAccuracy share right over the basic test images alone
   */
  public record FewShotRow(
      String compound, int shots, int episodes, double sevenWayAccuracy, double newClassRecall,
      double basicAccuracy) {}

  /** The classification report of one class. */
  public record ClassMetrics(String expression, double precision, double recall, double f1, int support) {
    /**
     * Precision, recall, F1 and support of every class of a confusion matrix; a class never predicted (or never
     * present) gets 0 where the ratio has no denominator.
     */
    public static List<ClassMetrics> of(Confusion confusion) {
      int n = confusion.labels().size();
      int[][] counts = confusion.counts();
      List<ClassMetrics> result = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        int support = 0;
        int predicted = 0;
        for (int k = 0; k < n; k++) {
          support += counts[c][k];
          predicted += counts[k][c];
        }
        int right = counts[c][c];
        double precision = predicted == 0 ? 0 : (double) right / predicted;
        double recall = support == 0 ? 0 : (double) right / support;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        result.add(new ClassMetrics(confusion.labels().get(c), precision, recall, f1, support));
      }
      return result;
    }
  }

  /** A confusion matrix: {@code counts[actual][predicted]} over {@code labels}. */
  public record Confusion(String title, List<String> labels, int[][] counts) {}

  /**
   * How much of each class was forgotten: its best accuracy at any step before the last, minus its accuracy at the
   * last step (the per-class term of the reference's average forgetting). Classes first seen at the last step have
   * nothing to forget and are left out.
   */
  public record ClassForgetting(String expression, double best, double last, double forgetting) {
    public static List<ClassForgetting> of(List<AccuracyCellView> cells) {
      int lastStep = cells.stream().mapToInt(AccuracyCellView::step).max().orElse(-1);
      Map<String, Double> best = new LinkedHashMap<>();
      Map<String, Double> last = new LinkedHashMap<>();
      for (AccuracyCellView cell : cells) {
        if (cell.step() == lastStep) {
          last.put(cell.expression(), cell.accuracy());
        } else {
          best.merge(cell.expression(), cell.accuracy(), Math::max);
        }
      }
      List<ClassForgetting> result = new ArrayList<>();
      best.forEach((expression, b) -> {
        Double l = last.get(expression);
        if (l != null) {
          result.add(new ClassForgetting(expression, b, l, b - l));
        }
      });
      return result;
    }
  }
}
