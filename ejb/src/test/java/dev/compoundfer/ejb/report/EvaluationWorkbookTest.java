package dev.compoundfer.ejb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class EvaluationWorkbookTest {
  @Test
  void hasEverySheetAManagerExpects() throws IOException {
    try (XSSFWorkbook workbook = read(Reports.full())) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      assertEquals(List.of("Summary", "Step accuracy", "Accuracy matrix", "Forgetting", "Few-shot",
          "Per-class report", "Confusion matrices"), names);
    }
  }

  @Test
  void putsTheReferenceFigureBesideOursAsFormattedNumbers() throws IOException {
    try (XSSFWorkbook workbook = read(Reports.full())) {
      Row overall = rowStartingWith(workbook.getSheet("Summary"), "Overall accuracy");
      assertNumber(overall.getCell(1), 0.61, "0.00%");
      assertNumber(overall.getCell(2), 0.7428, "0.00%");
      Row seed = rowStartingWith(workbook.getSheet("Summary"), "seed");
      assertNumber(seed.getCell(1), 42, "0");
      Row gamma = rowStartingWith(workbook.getSheet("Summary"), "gamma");
      assertEquals(CellType.NUMERIC, gamma.getCell(1).getCellType(), "numeric parameters are numbers");
      assertNumber(rowStartingWith(workbook.getSheet("Summary"), "Id").getCell(1), 7, "0");
    }
  }

  @Test
  void neutralisesFormulaInjectionInEveryPieceOfUserText() throws IOException {
    try (XSSFWorkbook workbook = read(Reports.full())) {
      List<String> risky = new ArrayList<>();
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertFalse(cell.getCellType() == CellType.FORMULA, "no formulas at all: " + cell.getAddress());
            if (cell.getCellType() == CellType.STRING) {
              String text = cell.getStringCellValue();
              if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                risky.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + text);
              }
            }
          }
        }
      }
      assertTrue(risky.isEmpty(), "cells a spreadsheet would run: " + risky);
      assertEquals("'" + Reports.EVIL_NAME, rowStartingWith(workbook.getSheet("Summary"), "Name")
          .getCell(1).getStringCellValue());
      assertEquals("'@SUM(1+1)", rowStartingWith(workbook.getSheet("Summary"), "dataset")
          .getCell(1).getStringCellValue());
    }
  }

  @Test
  void drawsANativeLineChartWithOneExplicitlyColouredSeriesPerClassOrder() throws IOException {
    try (XSSFWorkbook workbook = read(Reports.full())) {
      XSSFSheet sheet = workbook.getSheet("Step accuracy");
      XSSFDrawing drawing = sheet.getDrawingPatriarch();
      List<XSSFChart> charts = drawing.getCharts();
      assertEquals(1, charts.size());
      XSSFChart chart = charts.get(0);
      assertEquals(1, chart.getChartSeries().size());
      assertEquals(2, chart.getChartSeries().get(0).getSeriesCount(), "one line per class order");
      String xml = chart.getCTChart().xmlText();
      assertTrue(xml.contains("lineChart"), "a line chart");
      assertTrue(xml.contains("srgbClr val=\"1F77B4\"") && xml.contains("srgbClr val=\"FF7F0E\""),
          "series colours are explicit sRGB");
      assertTrue(xml.contains("numCache") && xml.contains("<c:v>0.45</c:v>"), "cached values for LibreOffice");
      assertTrue(xml.contains("formatCode=\"0%\""), "the value axis shows percentages");
      assertTrue(xml.contains("'Step accuracy'!$B$2:$B$4"), "the first series reads the first order's column");

      assertNumber(sheet.getRow(3).getCell(1), 0.45, "0.00%");
      assertNumber(sheet.getRow(3).getCell(2), 0.5, "0.00%");
    }
  }

  @Test
  void showsTheAccuracyMatrixAsAColourScaleHeatMap() throws IOException {
    try (XSSFWorkbook workbook = read(Reports.full())) {
      XSSFSheet sheet = workbook.getSheet("Accuracy matrix");
      assertEquals("Sadly angry", sheet.getRow(0).getCell(4).getStringCellValue(), "classes in the order learned");
      assertNumber(sheet.getRow(3).getCell(4), 0.4, "0.00%");
      assertNull(sheet.getRow(1).getCell(3), "a class not seen yet is blank, not zero");
      var formatting = sheet.getSheetConditionalFormatting();
      assertEquals(1, formatting.getNumConditionalFormattings());
      XSSFConditionalFormatting heatMap = formatting.getConditionalFormattingAt(0);
      assertEquals("B2:E4", heatMap.getFormattingRanges()[0].formatAsString());
      assertEquals(ConditionType.COLOR_SCALE, heatMap.getRule(0).getConditionType());
      assertEquals(3, heatMap.getRule(0).getColorScaleFormatting().getNumControlPoints());

      assertEquals(1, workbook.getSheet("Confusion matrices").getSheetConditionalFormatting()
          .getNumConditionalFormattings(), "confusion matrices are heat maps too");
    }
  }

  @Test
  void computesForgettingPerClassFromTheMatrix() throws IOException {
    try (XSSFWorkbook workbook = read(Reports.full())) {
      Sheet sheet = workbook.getSheet("Forgetting");
      Row happy = rowStartingWith(sheet, "Happy");
      assertNumber(happy.getCell(1), 0.9, "0.00%");
      assertNumber(happy.getCell(2), 0.6, "0.00%");
      assertEquals(0.3, happy.getCell(3).getNumericCellValue(), 1e-12);
      assertEquals(0.2, rowStartingWith(sheet, "Happily surprised").getCell(3).getNumericCellValue(), 1e-12);
      assertNull(rowStartingWithOrNull(sheet, "Sadly angry"), "first seen at the last step: nothing to forget");
      // (0.3 + 0.05 + 0.2) / 3
      assertEquals(0.55 / 3, rowStartingWith(sheet, "Average").getCell(3).getNumericCellValue(), 1e-12);
    }
  }

  @Test
  void fillsFewShotPerClassAndConfusionSheetsWithNumbers() throws IOException {
    try (XSSFWorkbook workbook = read(Reports.full())) {
      Row fewShot = workbook.getSheet("Few-shot").getRow(2);
      assertNumber(fewShot.getCell(1), 5, "0");
      assertNumber(fewShot.getCell(2), 3, "0");
      assertNumber(fewShot.getCell(3), 0.58, "0.00%");
      assertNumber(fewShot.getCell(4), 0.5, "0.00%");
      Row happy = rowStartingWith(workbook.getSheet("Per-class report"), "Happy");
      assertNumber(happy.getCell(3), 2 * 0.75 * 0.6 / 1.35, "0.00%");
      assertNumber(happy.getCell(4), 10, "0");
      assertEquals("'=1+1", workbook.getSheet("Per-class report").getRow(2).getCell(0).getStringCellValue());
      Sheet confusion = workbook.getSheet("Confusion matrices");
      assertNumber(rowStartingWith(confusion, "Sad").getCell(2), 9, "0");
    }
  }

  @Test
  void saysNotMeasuredWhereNothingWasRecorded() throws IOException {
    try (XSSFWorkbook workbook = read(Reports.empty())) {
      for (String name : List.of("Step accuracy", "Accuracy matrix", "Forgetting", "Few-shot", "Per-class report",
          "Confusion matrices")) {
        assertEquals("Not measured", workbook.getSheet(name).getRow(0).getCell(0).getStringCellValue(), name);
      }
      assertEquals("not measured", rowStartingWith(workbook.getSheet("Summary"), "Overall accuracy")
          .getCell(1).getStringCellValue());
      assertNumber(rowStartingWith(workbook.getSheet("Summary"), "Overall accuracy").getCell(2), 0.7428, "0.00%");
    }
  }

  @Test
  void derivesThePerClassReportFromAConfusionMatrix() {
    // actual Happy: 6 right, 4 taken for Sad; actual Sad: 1 taken for Happy, 9 right.
    var metrics = EvaluationReport.ClassMetrics.of(Reports.full().confusions().get(0));
    assertEquals("Happy", metrics.get(0).expression());
    assertEquals(6 / 7.0, metrics.get(0).precision(), 1e-12);
    assertEquals(0.6, metrics.get(0).recall(), 1e-12);
    assertEquals(2 * (6 / 7.0) * 0.6 / (6 / 7.0 + 0.6), metrics.get(0).f1(), 1e-12);
    assertEquals(10, metrics.get(0).support());
    assertEquals(9 / 13.0, metrics.get(1).precision(), 1e-12);
    assertEquals(0.9, metrics.get(1).recall(), 1e-12);
  }

  static XSSFWorkbook read(EvaluationReport report) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(Reports.bytes(report)));
  }

  private static void assertNumber(Cell cell, double expected, String format) {
    assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress() + " is a number");
    assertEquals(expected, cell.getNumericCellValue(), 1e-12, cell.getAddress().toString());
    assertEquals(format, cell.getCellStyle().getDataFormatString(), cell.getAddress() + " format");
  }

  private static Row rowStartingWith(Sheet sheet, String label) {
    Row row = rowStartingWithOrNull(sheet, label);
    if (row == null) {
      throw new AssertionError("No row " + label + " on " + sheet.getSheetName());
    }
    return row;
  }

  private static Row rowStartingWithOrNull(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
        return row;
      }
    }
    return null;
  }
}
