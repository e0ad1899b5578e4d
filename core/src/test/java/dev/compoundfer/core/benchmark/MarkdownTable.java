package dev.compoundfer.core.benchmark;

import java.util.List;
import java.util.Map;

/** The ablation results as a Markdown table, one row per method, nulls shown as a dash. */
final class MarkdownTable {

  private static final List<String> COLUMNS = List.of("method", "overall_accuracy", "new_class_accuracy",
      "old_class_accuracy", "forgetting", "bwt", "fewshot_1", "fewshot_3", "fewshot_5", "train_seconds",
      "images_per_second");

  private MarkdownTable() {}

  static String of(List<Map<String, Object>> rows) {
    StringBuilder table = new StringBuilder("| " + String.join(" | ", COLUMNS) + " |\n|");
    COLUMNS.forEach(c -> table.append("---|"));
    table.append('\n');
    for (Map<String, Object> row : rows) {
      table.append('|');
      for (String column : COLUMNS) {
        Object value = row.get(column);
        table.append(' ').append(value == null ? "–" : value).append(" |");
      }
      table.append('\n');
    }
    return table.toString();
  }
}
