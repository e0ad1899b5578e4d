package dev.compoundfer.ejb.report;

import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.experiment.ExperimentView.IncrementView;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The evaluation workbook of one experiment: a summary sheet (parameters, headline metrics beside the reference's
 * figure) and the increments. Numbers are numeric cells with number formats; user text is neutralised against
 * formula injection.
 */
public final class EvaluationWorkbook {
  /** Maiden and Nakisa 2023, abstract: overall accuracy of continual learning on CFEE. */
  static final double REFERENCE_OVERALL_ACCURACY = 0.7428;

  private final ExperimentView experiment;
  private final Properties parameters;

  public EvaluationWorkbook(ExperimentView experiment, Properties parameters) {
    this.experiment = experiment;
    this.parameters = parameters;
  }

  public void write(OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      summary(workbook.createSheet("Summary"), styles);
      increments(workbook.createSheet("Increments"), styles);
      workbook.write(out);
    }
  }

  private void summary(Sheet sheet, Styles styles) {
    int r = 0;
    text(sheet.createRow(r++), 0, "compound-fer evaluation report", styles.title);
    text(sheet.createRow(r++), 0, "Experiment", styles.header);
    r = pair(sheet, r, "Name", experiment.name());
    r = pair(sheet, r, "Dataset", experiment.dataset());
    r = pair(sheet, r, "Status", experiment.status());
    r++;
    text(sheet.createRow(r++), 0, "Headline metrics", styles.header);
    Row head = sheet.createRow(r++);
    text(head, 0, "Metric", styles.header);
    text(head, 1, "This experiment", styles.header);
    text(head, 2, "Reference (Maiden & Nakisa 2023)", styles.header);
    r = metric(sheet, r, "Overall accuracy", experiment.overallAccuracy(), REFERENCE_OVERALL_ACCURACY, styles);
    r = metric(sheet, r, "Teacher accuracy (basic classes)", experiment.teacherAccuracy(), null, styles);
    r = metric(sheet, r, "Average forgetting", experiment.averageForgetting(), null, styles);
    r = metric(sheet, r, "Backward transfer", experiment.backwardTransfer(), null, styles);
    r++;
    text(sheet.createRow(r++), 0, "Parameters", styles.header);
    for (var entry : new TreeMap<>(parameters).entrySet()) {
      r = pair(sheet, r, entry.getKey().toString(), entry.getValue().toString());
    }
    for (int c = 0; c < 3; c++) {
      sheet.autoSizeColumn(c);
    }
  }

  private void increments(Sheet sheet, Styles styles) {
    String[] headers = {"Step", "Learned class", "Accuracy (all seen)", "New-class accuracy", "Old-class accuracy",
        "Epochs", "Seconds"};
    Row head = sheet.createRow(0);
    for (int c = 0; c < headers.length; c++) {
      text(head, c, headers[c], styles.header);
    }
    int r = 1;
    for (IncrementView i : experiment.increments()) {
      Row row = sheet.createRow(r++);
      number(row, 0, i.step(), styles.integer);
      text(row, 1, i.learnedClass(), null);
      number(row, 2, i.accuracyAllSeen(), styles.percent);
      number(row, 3, i.newClassAccuracy(), styles.percent);
      number(row, 4, i.oldClassAccuracy(), styles.percent);
      number(row, 5, i.epochs(), styles.integer);
      number(row, 6, i.seconds(), styles.decimal);
    }
    for (int c = 0; c < headers.length; c++) {
      sheet.autoSizeColumn(c);
    }
  }

  private static int pair(Sheet sheet, int r, String key, String value) {
    Row row = sheet.createRow(r);
    text(row, 0, key, null);
    text(row, 1, value, null);
    return r + 1;
  }

  private static int metric(Sheet sheet, int r, String name, Double value, Double reference, Styles styles) {
    Row row = sheet.createRow(r);
    text(row, 0, name, null);
    if (value != null) {
      number(row, 1, value, styles.percent);
    }
    if (reference != null) {
      number(row, 2, reference, styles.percent);
    }
    return r + 1;
  }

  private static void number(Row row, int column, double value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(SafeText.of(value));
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle integer;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = workbook.createCellStyle();
      title.setFont(big);
      header = workbook.createCellStyle();
      header.setFont(bold);
      var format = workbook.createDataFormat();
      percent = workbook.createCellStyle();
      percent.setDataFormat(format.getFormat("0.00%"));
      decimal = workbook.createCellStyle();
      decimal.setDataFormat(format.getFormat("0.0"));
      integer = workbook.createCellStyle();
      integer.setDataFormat(format.getFormat("0"));
    }
  }
}
