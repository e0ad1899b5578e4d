package dev.compoundfer.web.console.experiment;

import dev.compoundfer.ejb.experiment.AccuracyCellView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The accuracy matrix {@code acc[step][class]} laid out for a coloured table, and the forgetting of each class
 * (its best accuracy before the last step minus its accuracy at the last step).
 *
 * @param classes the columns, in the order the classes were first evaluated
 * @param rows one per step, 0 = teacher
 * @param forgetting per class seen before the last step
 */
public record AccuracyHeatMap(List<String> classes, List<Row> rows, List<ClassForgetting> forgetting)
    implements Serializable {

  /** One step; {@code cells} has one entry per column, null where the class was not yet learned. */
  public record Row(int step, List<Cell> cells) implements Serializable {}

  /** A cell with its colour and the text it shows. */
  public record Cell(Double accuracy, String colour, String text) implements Serializable {
    /** An accuracy cell: the percentage, rounded. */
    static Cell of(Double accuracy) {
      return new Cell(accuracy, AccuracyHeatMap.colour(accuracy), accuracy == null ? "" : Long.toString(Math.round(accuracy * 100)));
    }
  }

  public record ClassForgetting(String expression, double best, double last, double forgetting) implements Serializable {}

  static AccuracyHeatMap of(List<AccuracyCellView> cells) {
    Set<String> classes = new LinkedHashSet<>();
    Map<Integer, Map<String, Double>> byStep = new TreeMap<>();
    for (AccuracyCellView cell : cells) {
      classes.add(cell.expression());
      byStep.computeIfAbsent(cell.step(), s -> new LinkedHashMap<>()).put(cell.expression(), cell.accuracy());
    }
    List<Row> rows = new ArrayList<>();
    byStep.forEach((step, values) -> rows.add(new Row(step,
        classes.stream().map(c -> Cell.of(values.get(c))).toList())));
    return new AccuracyHeatMap(List.copyOf(classes), rows, forgetting(classes, byStep));
  }

  private static List<ClassForgetting> forgetting(Set<String> classes, Map<Integer, Map<String, Double>> byStep) {
    if (byStep.size() < 2) {
      return List.of();
    }
    List<Map<String, Double>> steps = new ArrayList<>(byStep.values());
    Map<String, Double> last = steps.get(steps.size() - 1);
    List<ClassForgetting> result = new ArrayList<>();
    for (String expression : classes) {
      double best = steps.subList(0, steps.size() - 1).stream()
          .filter(s -> s.containsKey(expression))
          .mapToDouble(s -> s.get(expression))
          .max()
          .orElse(Double.NaN);
      if (!Double.isNaN(best) && last.containsKey(expression)) {
        result.add(new ClassForgetting(expression, best, last.get(expression), best - last.get(expression)));
      }
    }
    return result;
  }

  /** White-to-blue by accuracy (0 to 1); text stays readable because dark cells are at most 80 % saturated. */
  static String colour(Double accuracy) {
    if (accuracy == null) {
      return "background: #f3f4f6";
    }
    double a = Math.max(0, Math.min(1, accuracy));
    int r = (int) Math.round(255 - a * (255 - 37));
    int g = (int) Math.round(255 - a * (255 - 99));
    int b = (int) Math.round(255 - a * (255 - 235));
    String text = a > 0.55 ? "#fff" : "#1f2933";
    return String.format("background: rgb(%d,%d,%d); color: %s", r, g, b, text);
  }
}
