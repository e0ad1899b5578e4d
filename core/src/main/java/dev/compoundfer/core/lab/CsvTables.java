package dev.compoundfer.core.lab;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.fewshot.FewShotResult;
import dev.compoundfer.core.metrics.AccuracyMatrix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV tables of a lab run: one accuracy matrix per method and class order, and the few-shot episodes. */
final class CsvTables {

  private CsvTables() {}

  /**
   * {@code step, learned, accuracy_all_seen} then one column per non-neutral class in canonical order, empty where
   * the class was not seen yet; step 0 is the teacher.
   */
  static void accuracyMatrix(Path file, AccuracyMatrix matrix, List<Expression> order) {
    List<String> header = new ArrayList<>(List.of("step", "learned", "accuracy_all_seen"));
    Expression.nonNeutral().forEach(e -> header.add(e.name().toLowerCase(Locale.ROOT)));
    write(file, header, printer -> {
      for (AccuracyMatrix.Row row : matrix.rows()) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.step());
        cells.add(row.step() == 0 ? "teacher" : order.get(row.step() - 1).name().toLowerCase(Locale.ROOT));
        cells.add(number(row.accuracyAllSeen()));
        Expression.nonNeutral().forEach(e -> cells.add(
            row.perClass().containsKey(e) ? number(row.perClass().get(e)) : ""));
        printer.printRecord(cells);
      }
    });
  }

  /** One row per episode: the honest 7-way figure, the reference's new-class recall and the basic accuracy. */
  static void fewShot(Path file, List<FewShotResult> results) {
    List<String> header = List.of(
        "compound", "shots", "seven_way_accuracy", "new_class_recall", "basic_accuracy", "epochs", "seconds");
    write(file, header, printer -> {
      for (FewShotResult r : results) {
        printer.printRecord(r.compound().name().toLowerCase(Locale.ROOT), r.shots(), number(r.sevenWayAccuracy()),
            number(r.newClassRecall()), number(r.basicAccuracy()), r.epochs(), number(r.seconds()));
      }
    });
  }

  private interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  private static void write(Path file, List<String> header, Rows rows) {
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CSVPrinter printer = CSVFormat.DEFAULT.builder()
              .setHeader(header.toArray(new String[0])).setRecordSeparator('\n').get().print(out)) {
        rows.print(printer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
