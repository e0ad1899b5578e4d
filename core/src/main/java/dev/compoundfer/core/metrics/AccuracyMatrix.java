package dev.compoundfer.core.metrics;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.compoundfer.core.data.Expression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code acc[step][class]}: the test accuracy of every seen class after each step; step 0 is the teacher.
 *
 * <p>Forgetting and backward transfer follow Chaudhry et al. / Lopez-Paz & Ranzato per class, over the classes seen
 * before the last step (the reference code computes neither, method.md §5).
 */
public final class AccuracyMatrix {

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

  /**
   * One step's accuracies.
   *
   * @param step 0 = teacher, i = after the i-th increment
   * @param perClass accuracy of each class seen so far
   * @param accuracyAllSeen accuracy over all test images of the classes seen so far
   */
  public record Row(int step, Map<Expression, Double> perClass, double accuracyAllSeen) {
    public Row {
      perClass = Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
    }
  }

  private final List<Row> rows;

  public AccuracyMatrix(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** A matrix with one more row. */
  public AccuracyMatrix with(Row row) {
    List<Row> next = new ArrayList<>(rows);
    next.add(row);
    return new AccuracyMatrix(next);
  }

  public List<Row> rows() {
    return rows;
  }

  /** Reference "Overall Accuracy": mean over steps (step 0 included) of the accuracy on all classes seen so far. */
  public double overallAccuracy() {
    return rows.stream().mapToDouble(Row::accuracyAllSeen).average().orElse(0);
  }

  /** Mean over classes seen before the last step of (best earlier accuracy − last accuracy). */
  public double averageForgetting() {
    return averageOverOldClasses(
        (cls, last) -> earlierRows().stream()
                .filter(r -> r.perClass().containsKey(cls))
                .mapToDouble(r -> r.perClass().get(cls))
                .max()
                .orElse(last)
            - last);
  }

  /** Mean over classes seen before the last step of (last accuracy − accuracy at the step the class was first seen). */
  public double backwardTransfer() {
    return averageOverOldClasses(
        (cls, last) ->
            last
                - earlierRows().stream()
                    .filter(r -> r.perClass().containsKey(cls))
                    .findFirst()
                    .map(r -> r.perClass().get(cls))
                    .orElse(last));
  }

  private interface ClassMeasure {
    double of(Expression expression, double lastAccuracy);
  }

  private double averageOverOldClasses(ClassMeasure measure) {
    if (rows.size() < 2) {
      return 0;
    }
    Row last = rows.get(rows.size() - 1);
    double sum = 0;
    int count = 0;
    for (Map.Entry<Expression, Double> cell : last.perClass().entrySet()) {
      boolean seenBefore = earlierRows().stream().anyMatch(r -> r.perClass().containsKey(cell.getKey()));
      if (seenBefore) {
        sum += measure.of(cell.getKey(), cell.getValue());
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  private List<Row> earlierRows() {
    return rows.subList(0, rows.size() - 1);
  }

  public String toJson() {
    return GSON.toJson(rows.toArray(new Row[0]));
  }

  public static AccuracyMatrix fromJson(String json) {
    Row[] rows = GSON.fromJson(json, Row[].class);
    return new AccuracyMatrix(rows == null ? List.of() : List.of(rows));
  }
}
