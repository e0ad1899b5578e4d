package dev.compoundfer.ejb.report;

import dev.compoundfer.ejb.experiment.AccuracyCellView;
import dev.compoundfer.ejb.report.EvaluationReport.ClassForgetting;
import dev.compoundfer.ejb.report.EvaluationReport.ClassMetrics;
import dev.compoundfer.ejb.report.EvaluationReport.Confusion;
import dev.compoundfer.ejb.report.EvaluationReport.FewShotRow;
import dev.compoundfer.ejb.report.EvaluationReport.OrderCurve;
import dev.compoundfer.ejb.report.EvaluationReport.StepPoint;
import dev.compoundfer.ejb.report.EvaluationReport.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The evaluation workbook of one experiment: summary (parameters, headline metrics beside the reference's figure),
 * step accuracies per class order with a line chart, the accuracy matrix as a colour-scale heat map, forgetting per
 * class, few-shot results, the per-class report and confusion matrices. Numbers are numeric cells with number
 * formats; every piece of user text goes through {@link SafeText}. A sheet whose data was not recorded says so.
 */
public final class EvaluationWorkbook {
  /** Maiden and Nakisa 2023, abstract: overall accuracy of continual learning on CFEE. */
  static final double REFERENCE_OVERALL_ACCURACY = 0.7428;

  static final String SUMMARY = "Summary";
  static final String STEPS = "Step accuracy";
  static final String MATRIX = "Accuracy matrix";
  static final String FORGETTING = "Forgetting";
  static final String FEW_SHOT = "Few-shot";
  static final String PER_CLASS = "Per-class report";
  static final String CONFUSION = "Confusion matrices";

  /** Series colours as explicit sRGB: LibreOffice draws theme-coloured series transparent (pitfalls.md section 6). */
  private static final int[] PALETTE = {0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2};

  private final EvaluationReport report;

  public EvaluationWorkbook(EvaluationReport report) {
    this.report = report;
  }

  public void write(OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      summary(workbook.createSheet(SUMMARY), styles);
      steps(workbook.createSheet(STEPS), styles);
      matrix(workbook.createSheet(MATRIX), styles);
      forgetting(workbook.createSheet(FORGETTING), styles);
      fewShot(workbook.createSheet(FEW_SHOT), styles);
      perClass(workbook.createSheet(PER_CLASS), styles);
      confusions(workbook.createSheet(CONFUSION), styles);
      workbook.write(out);
    }
  }

  private void summary(XSSFSheet sheet, Styles styles) {
    Summary s = report.summary();
    int r = 0;
    text(sheet.createRow(r++), 0, "compound-fer evaluation report", styles.title);
    r++;
    text(sheet.createRow(r++), 0, "Experiment", styles.header);
    Row id = sheet.createRow(r++);
    text(id, 0, "Id", null);
    number(id, 1, s.experimentId(), styles.integer);
    r = pair(sheet, r, "Name", s.name());
    r = pair(sheet, r, "Dataset", s.dataset());
    r = pair(sheet, r, "Status", s.status());
    r = time(sheet, r, "Created", s.createdAt(), styles);
    r = time(sheet, r, "Ended", s.endedAt(), styles);
    r++;
    text(sheet.createRow(r++), 0, "Headline metrics", styles.header);
    Row head = sheet.createRow(r++);
    text(head, 0, "Metric", styles.header);
    text(head, 1, "This experiment", styles.header);
    text(head, 2, "Reference (Maiden & Nakisa 2023)", styles.header);
    r = metric(sheet, r, "Overall accuracy", s.overallAccuracy(), REFERENCE_OVERALL_ACCURACY, styles);
    r = metric(sheet, r, "Teacher accuracy (basic classes)", s.teacherAccuracy(), null, styles);
    r = metric(sheet, r, "Average forgetting", s.averageForgetting(), null, styles);
    r = metric(sheet, r, "Backward transfer", s.backwardTransfer(), null, styles);
    r++;
    text(sheet.createRow(r++), 0, "Parameters", styles.header);
    for (Map.Entry<String, String> entry : s.parameters().entrySet()) {
      Row row = sheet.createRow(r++);
      text(row, 0, entry.getKey(), null);
      value(row, 1, entry.getValue(), styles);
    }
    autoSize(sheet, 3);
  }

  private void steps(XSSFSheet sheet, Styles styles) {
    List<OrderCurve> orders = report.stepAccuracies();
    if (orders.isEmpty()) {
      notMeasured(sheet, styles, "No step accuracies: the experiment has not finished a step yet.");
      return;
    }
    // The chart's data: one row per step, one column per class order.
    TreeSet<Integer> steps = new TreeSet<>();
    orders.forEach(o -> o.points().forEach(p -> steps.add(p.step())));
    Row head = sheet.createRow(0);
    text(head, 0, "Step", styles.header);
    for (int o = 0; o < orders.size(); o++) {
      text(head, o + 1, orders.get(o).order(), styles.header);
    }
    int r = 1;
    for (int step : steps) {
      Row row = sheet.createRow(r++);
      number(row, 0, step, styles.integer);
      for (int o = 0; o < orders.size(); o++) {
        for (StepPoint p : orders.get(o).points()) {
          if (p.step() == step) {
            number(row, o + 1, p.accuracyAllSeen(), styles.percent);
          }
        }
      }
    }
    lineChart(sheet, steps.size(), orders.size());
    r = Math.max(r, 22) + 1;
    String[] headers = {"Step", "Learned class", "Accuracy (all seen)", "New-class accuracy", "Old-class accuracy",
        "Epochs", "Seconds"};
    for (OrderCurve order : orders) {
      text(sheet.createRow(r++), 0, "Class order: " + order.order(), styles.header);
      Row columns = sheet.createRow(r++);
      for (int c = 0; c < headers.length; c++) {
        text(columns, c, headers[c], styles.header);
      }
      for (StepPoint p : order.points()) {
        Row row = sheet.createRow(r++);
        number(row, 0, p.step(), styles.integer);
        text(row, 1, p.learnedClass(), null);
        number(row, 2, p.accuracyAllSeen(), styles.percent);
        number(row, 3, p.newClassAccuracy(), styles.percent);
        number(row, 4, p.oldClassAccuracy(), styles.percent);
        number(row, 5, p.epochs(), styles.integer);
        number(row, 6, p.seconds(), styles.decimal);
      }
      r++;
    }
    autoSize(sheet, headers.length);
  }

  /** A native line chart, built as POI's LineChart example does (explicit colours, axis number formats). */
  private static void lineChart(XSSFSheet sheet, int steps, int orders) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int left = orders + 2;
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, left, 0, left + 10, 21));
    chart.setTitleText("Accuracy on all classes seen, per step");
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
    bottom.setTitle("Step (0 = teacher)");
    XDDFValueAxis leftAxis = chart.createValueAxis(AxisPosition.LEFT);
    leftAxis.setTitle("Accuracy");
    leftAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    leftAxis.setMinimum(0);
    leftAxis.setMaximum(1);
    var xs = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, steps, 0, 0));
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, leftAxis);
    data.setVaryColors(false);
    for (int o = 0; o < orders; o++) {
      var ys = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, steps, o + 1, o + 1));
      XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(xs, ys);
      series.setTitle(sheet.getRow(0).getCell(o + 1).getStringCellValue(),
          new CellReference(sheet.getSheetName(), 0, o + 1, true, true));
      series.setSmooth(false);
      series.setMarkerStyle(MarkerStyle.CIRCLE);
      XDDFLineProperties line = new XDDFLineProperties();
      line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(PALETTE[o % PALETTE.length]))));
      line.setWidth(2.0);
      XDDFShapeProperties shape = series.getShapeProperties() == null ? new XDDFShapeProperties()
          : series.getShapeProperties();
      shape.setLineProperties(line);
      series.setShapeProperties(shape);
    }
    chart.plot(data);
    chart.displayBlanksAs(DisplayBlanks.GAP);
    // POI bug 67510: set the axis number formats explicitly, as the LineChart example does.
    bottom.setNumberFormat("0");
    leftAxis.setNumberFormat("0%");
  }

  private void matrix(XSSFSheet sheet, Styles styles) {
    List<AccuracyCellView> cells = report.accuracyMatrix();
    if (cells.isEmpty()) {
      notMeasured(sheet, styles, "No accuracy matrix: the experiment has not been evaluated yet.");
      return;
    }
    List<String> classes = new ArrayList<>(new LinkedHashSet<>(cells.stream()
        .sorted((a, b) -> Integer.compare(a.step(), b.step())).map(AccuracyCellView::expression).toList()));
    TreeSet<Integer> steps = new TreeSet<>(cells.stream().map(AccuracyCellView::step).toList());
    Row head = sheet.createRow(0);
    text(head, 0, "Step \\ class", styles.header);
    for (int c = 0; c < classes.size(); c++) {
      text(head, c + 1, classes.get(c), styles.header);
    }
    int r = 1;
    for (int step : steps) {
      Row row = sheet.createRow(r++);
      number(row, 0, step, styles.integer);
      for (AccuracyCellView cell : cells) {
        if (cell.step() == step) {
          number(row, classes.indexOf(cell.expression()) + 1, cell.accuracy(), styles.percent);
        }
      }
    }
    heatMap(sheet, new CellRangeAddress(1, steps.size(), 1, classes.size()));
    note(sheet.createRow(r + 1), "Step 0 is the teacher on the basic classes; step i is after the i-th compound "
        + "class. A blank cell: the class was not seen yet.", styles);
    sheet.createFreezePane(1, 1);
    autoSize(sheet, classes.size() + 1);
  }

  private void forgetting(XSSFSheet sheet, Styles styles) {
    List<ClassForgetting> rows = ClassForgetting.of(report.accuracyMatrix());
    if (rows.isEmpty()) {
      notMeasured(sheet, styles, "No forgetting: it needs the accuracy matrix of at least two steps.");
      return;
    }
    String[] headers = {"Class", "Best accuracy before the last step", "Accuracy at the last step", "Forgetting"};
    Row head = sheet.createRow(0);
    for (int c = 0; c < headers.length; c++) {
      text(head, c, headers[c], styles.header);
    }
    int r = 1;
    for (ClassForgetting f : rows) {
      Row row = sheet.createRow(r++);
      text(row, 0, f.expression(), null);
      number(row, 1, f.best(), styles.percent);
      number(row, 2, f.last(), styles.percent);
      number(row, 3, f.forgetting(), styles.percent);
    }
    Row mean = sheet.createRow(r);
    text(mean, 0, "Average", styles.header);
    number(mean, 3, rows.stream().mapToDouble(ClassForgetting::forgetting).average().orElse(0), styles.percent);
    autoSize(sheet, headers.length);
  }

  private void fewShot(XSSFSheet sheet, Styles styles) {
    List<FewShotRow> rows = report.fewShot();
    if (rows.isEmpty()) {
      notMeasured(sheet, styles, "Few-shot learning was not measured for this experiment.");
      return;
    }
    String[] headers = {"Compound class", "Shots", "Episodes", "7-way accuracy (mean)", "New-class recall (mean)",
        "Basic accuracy (mean)"};
    Row head = sheet.createRow(0);
    for (int c = 0; c < headers.length; c++) {
      text(head, c, headers[c], styles.header);
    }
    int r = 1;
    for (FewShotRow f : rows) {
      Row row = sheet.createRow(r++);
      text(row, 0, f.compound(), null);
      number(row, 1, f.shots(), styles.integer);
      number(row, 2, f.episodes(), styles.integer);
      number(row, 3, f.sevenWayAccuracy(), styles.percent);
      number(row, 4, f.newClassRecall(), styles.percent);
      number(row, 5, f.basicAccuracy(), styles.percent);
    }
    autoSize(sheet, headers.length);
  }

  private void perClass(XSSFSheet sheet, Styles styles) {
    List<ClassMetrics> rows = report.perClass();
    if (rows.isEmpty()) {
      notMeasured(sheet, styles, "The per-class report (precision, recall, F1) was not measured for this "
          + "experiment.");
      return;
    }
    String[] headers = {"Class", "Precision", "Recall", "F1", "Support"};
    Row head = sheet.createRow(0);
    for (int c = 0; c < headers.length; c++) {
      text(head, c, headers[c], styles.header);
    }
    int r = 1;
    for (ClassMetrics m : rows) {
      Row row = sheet.createRow(r++);
      text(row, 0, m.expression(), null);
      number(row, 1, m.precision(), styles.percent);
      number(row, 2, m.recall(), styles.percent);
      number(row, 3, m.f1(), styles.percent);
      number(row, 4, m.support(), styles.integer);
    }
    autoSize(sheet, headers.length);
  }

  private void confusions(XSSFSheet sheet, Styles styles) {
    List<Confusion> matrices = report.confusions();
    if (matrices.isEmpty()) {
      notMeasured(sheet, styles, "No confusion matrices were recorded for this experiment.");
      return;
    }
    int r = 0;
    int widest = 0;
    for (Confusion m : matrices) {
      text(sheet.createRow(r++), 0, m.title(), styles.header);
      Row head = sheet.createRow(r++);
      text(head, 0, "Actual \\ predicted", styles.header);
      List<String> labels = m.labels();
      for (int c = 0; c < labels.size(); c++) {
        text(head, c + 1, labels.get(c), styles.header);
      }
      int first = r;
      for (int a = 0; a < labels.size(); a++) {
        Row row = sheet.createRow(r++);
        text(row, 0, labels.get(a), styles.header);
        for (int p = 0; p < labels.size(); p++) {
          number(row, p + 1, m.counts()[a][p], styles.integer);
        }
      }
      heatMap(sheet, new CellRangeAddress(first, r - 1, 1, labels.size()));
      widest = Math.max(widest, labels.size() + 1);
      r++;
    }
    autoSize(sheet, widest);
  }

  /** A three-colour scale, red (lowest) through yellow (median) to green (highest). */
  private static void heatMap(XSSFSheet sheet, CellRangeAddress range) {
    XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
    XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
    scale.getThresholds()[0].setRangeType(RangeType.MIN);
    scale.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
    scale.getThresholds()[1].setValue(50d);
    scale.getThresholds()[2].setRangeType(RangeType.MAX);
    ((org.apache.poi.xssf.usermodel.XSSFColor) scale.getColors()[0]).setARGBHex("FFF8696B");
    ((org.apache.poi.xssf.usermodel.XSSFColor) scale.getColors()[1]).setARGBHex("FFFFEB84");
    ((org.apache.poi.xssf.usermodel.XSSFColor) scale.getColors()[2]).setARGBHex("FF63BE7B");
    formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
  }

  private static void notMeasured(Sheet sheet, Styles styles, String why) {
    text(sheet.createRow(0), 0, "Not measured", styles.title);
    note(sheet.createRow(1), why, styles);
    sheet.setColumnWidth(0, 90 * 256);
  }

  private static void note(Row row, String text, Styles styles) {
    text(row, 0, text, styles.note);
  }

  private static int pair(Sheet sheet, int r, String key, String value) {
    Row row = sheet.createRow(r);
    text(row, 0, key, null);
    text(row, 1, value, null);
    return r + 1;
  }

  private static int time(Sheet sheet, int r, String key, LocalDateTime value, Styles styles) {
    Row row = sheet.createRow(r);
    text(row, 0, key, null);
    if (value == null) {
      text(row, 1, "not yet", styles.note);
    } else {
      var cell = row.createCell(1);
      cell.setCellValue(value);
      cell.setCellStyle(styles.time);
    }
    return r + 1;
  }

  private static int metric(Sheet sheet, int r, String name, Double value, Double reference, Styles styles) {
    Row row = sheet.createRow(r);
    text(row, 0, name, null);
    if (value != null) {
      number(row, 1, value, styles.percent);
    } else {
      text(row, 1, "not measured", styles.note);
    }
    if (reference != null) {
      number(row, 2, reference, styles.percent);
    }
    return r + 1;
  }

  /** A parameter: a numeric cell when it is a number, text otherwise. */
  private static void value(Row row, int column, String value, Styles styles) {
    if (value != null && value.matches("-?\\d{1,15}")) {
      number(row, column, Long.parseLong(value), styles.integer);
    } else if (value != null && value.matches("-?\\d+\\.\\d+([eE]-?\\d+)?")) {
      number(row, column, Double.parseDouble(value), styles.general);
    } else {
      text(row, column, value, null);
    }
  }

  private static void number(Row row, int column, Number value, CellStyle style) {
    if (value == null) {
      return;
    }
    var cell = row.createCell(column);
    cell.setCellValue(value.doubleValue());
    cell.setCellStyle(style);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(SafeText.of(value));
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void autoSize(Sheet sheet, int columns) {
    for (int c = 0; c < columns; c++) {
      sheet.autoSizeColumn(c);
    }
  }

  private static byte[] rgb(int colour) {
    return new byte[] {(byte) (colour >> 16), (byte) (colour >> 8), (byte) colour};
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle note;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle integer;
    final CellStyle general;
    final CellStyle time;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      Font grey = workbook.createFont();
      grey.setItalic(true);
      grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      title = workbook.createCellStyle();
      title.setFont(big);
      header = workbook.createCellStyle();
      header.setFont(bold);
      note = workbook.createCellStyle();
      note.setFont(grey);
      var format = workbook.createDataFormat();
      percent = workbook.createCellStyle();
      percent.setDataFormat(format.getFormat("0.00%"));
      decimal = workbook.createCellStyle();
      decimal.setDataFormat(format.getFormat("0.0"));
      integer = workbook.createCellStyle();
      integer.setDataFormat(format.getFormat("0"));
      general = workbook.createCellStyle();
      general.setDataFormat(format.getFormat("0.######"));
      time = workbook.createCellStyle();
      time.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
    }
  }
}
