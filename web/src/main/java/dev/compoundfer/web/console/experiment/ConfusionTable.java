package dev.compoundfer.web.console.experiment;

import dev.compoundfer.ejb.experiment.ConfusionMatrixView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A confusion matrix laid out for a coloured table: one row per true class, cells coloured by the share of that
 * class's test images predicted as the column's class, so the diagonal is the recall.
 *
 * @param step 0 = the teacher, i = after the i-th increment
 * @param classes the columns (predicted) and rows (true), in the model's output order
 * @param rows one per true class
 */
public record ConfusionTable(int step, List<String> classes, List<Row> rows) implements Serializable {
  /** The counts of one true class. */
  public record Row(String trueClass, List<AccuracyHeatMap.Cell> cells) implements Serializable {}

  static ConfusionTable of(ConfusionMatrixView matrix) {
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < matrix.classes().size(); t++) {
      int[] counts = matrix.counts()[t];
      int total = 0;
      for (int c : counts) {
        total += c;
      }
      List<AccuracyHeatMap.Cell> cells = new ArrayList<>();
      for (int count : counts) {
        Double share = total == 0 ? null : (double) count / total;
        cells.add(new AccuracyHeatMap.Cell(share, AccuracyHeatMap.colour(share), Integer.toString(count)));
      }
      rows.add(new Row(matrix.classes().get(t), cells));
    }
    return new ConfusionTable(matrix.step(), matrix.classes(), rows);
  }
}
