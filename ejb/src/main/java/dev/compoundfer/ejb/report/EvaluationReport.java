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

  /** One few-shot setting, e.g. 5-way 1-shot on the compound classes over 600 episodes. */
  public record FewShotRow(String task, int ways, int shots, int episodes, double meanAccuracy, Double ci95) {}

  /** The classification report of one class. */
  public record ClassMetrics(String expression, double precision, double recall, double f1, int support) {}

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
