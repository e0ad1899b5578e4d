package dev.compoundfer.core.data.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadProblem;
import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.TestImages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CfeeReaderTest {

  /** The summary sheet as cfee-au-statistics.md lists it: id, name, type. */
  private static final Object[][] SUMMARY = {
    {1, "Neutral", "simple"}, {2, "Happy", "simple"}, {3, "Sad", "simple"}, {5, "Angry", "simple"},
    {6, "Surprised", "simple"}, {7, "Disgusted", "simple"}, {8, "Fearful", "simple"},
    {9, "Happily surprised", "compound"}, {10, "Happily disgusted", "compound"}, {11, "Sadly angry", "compound"},
    {12, "Angrily disgusted", "compound"}, {13, "Appalled", "compound"}, {14, "Hatred", "compound"},
    {15, "Angrily surprised", "compound"}, {16, "Sadly surprised", "compound"},
    {18, "Disgustedly surprised", "compound"}, {21, "Fearfully surprised", "compound"}, {22, "Awed", "compound"},
    {23, "Sadly fearful", "compound"}, {24, "Fearfully disgusted", "compound"}, {25, "Fearfully angry", "compound"},
    {26, "Sadly disgusted", "compound"}
  };

  @TempDir Path root;

  @Test
  void readsClassesFromTheSummarySheetAndSubjectsFromFileNames() throws IOException {
    // Given a CFEE-like tree with its workbook, unlisted ids, irregular names and a broken file
    writeWorkbook(root.resolve("AU_annotation_all_subjects.xls"), SUMMARY);
    image("01-04/Images1/01_126_3963.jpg");
    image("01-04/Images1/02_126_3964.jpg");
    image("01-04/Images1/04_126_3966.jpg");
    image("09-12/Images3/10_110_2559.jpg");
    image("17-20/Images5/17_110_2560.jpg");
    image("17-20/Images5/17_126_2561.jpg");
    image("21-26/Images6/23_178_6632.jpg");
    image("21-26/Images6/04_221.jpg");
    image("21-26/Images6/260_19.png.jpg");
    TestImages.write(root.resolve("21-26/Images6/26_178_6635.jpg"), TestImages.truncatedJpeg());

    // When it is read
    LoadedDataset dataset = new CfeeReader().read(root);

    // Then listed ids load with their sheet class and subject; everything else is reported once
    assertEquals(List.of(
        new FaceSample(root.resolve("01-04/Images1/01_126_3963.jpg"), Expression.NEUTRAL, "126"),
        new FaceSample(root.resolve("01-04/Images1/02_126_3964.jpg"), Expression.HAPPY, "126"),
        new FaceSample(root.resolve("09-12/Images3/10_110_2559.jpg"), Expression.HAPPILY_DISGUSTED, "110"),
        new FaceSample(root.resolve("21-26/Images6/23_178_6632.jpg"), Expression.SADLY_FEARFUL, "178")),
        dataset.samples());
    String irregular = "The file name does not follow CFEE's <EE>_<SSS>_<NNNN>.jpg pattern.";
    assertEquals(List.of(
        new LoadProblem("21-26/Images6/04_221.jpg", irregular),
        new LoadProblem("21-26/Images6/260_19.png.jpg", irregular),
        new LoadProblem("21-26/Images6/26_178_6635.jpg", "The JPEG image is truncated: the file ends before the image does."),
        new LoadProblem("04_*", "1 file(s) with class id 04 were skipped because the class table does not list that id."),
        new LoadProblem("17_*", "2 file(s) with class id 17 were skipped because the class table does not list that id.")),
        dataset.problems());
  }

  @Test
  void followsTheSheetWhenItListsFewerClasses() throws IOException {
    // Given a sheet listing only Happy (2) and a name it does not know (3)
    writeWorkbook(root.resolve("AU_annotation_all_subjects.xls"), new Object[][] {{2, "happy", "simple"}, {3, "Gloomy", "simple"}});
    image("a/02_300_1.jpg");
    image("a/03_300_2.jpg");

    // When it is read
    LoadedDataset dataset = new CfeeReader().read(root);

    // Then only Happy loads, and the unknown sheet name and the skipped id are reported
    assertEquals(List.of(new FaceSample(root.resolve("a/02_300_1.jpg"), Expression.HAPPY, "300")), dataset.samples());
    assertEquals(List.of(
        new LoadProblem("AU_annotation_all_subjects.xls",
            "Row 3 of the summary sheet names 'Gloomy', which is not a CFEE class, so files with id 03 are skipped."),
        new LoadProblem("03_*", "1 file(s) with class id 03 were skipped because the class table does not list that id.")),
        dataset.problems());
  }

  @Test
  void fallsBackToTheBuiltInTableWithANoticeWhenTheWorkbookIsMissing() {
    // Given images but no workbook
    image("01-04/Images1/03_200_1.jpg");

    // When it is read
    LoadedDataset dataset = new CfeeReader().read(root);

    // Then the built-in ids label the image and one notice says which table was used
    assertEquals(List.of(new FaceSample(root.resolve("01-04/Images1/03_200_1.jpg"), Expression.SAD, "200")), dataset.samples());
    assertEquals(List.of(new LoadProblem("AU_annotation_all_subjects.xls",
        "The workbook was not found, so the built-in CFEE class table (the same 22 ids) was used.")), dataset.problems());
  }

  private void image(String relative) {
    TestImages.write(root.resolve(relative), TestImages.jpeg(8, 8));
  }

  private static void writeWorkbook(Path file, Object[][] summary) throws IOException {
    try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Happy").createRow(0).createCell(0).setCellValue("subject");
      Sheet sheet = book.createSheet("summary");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("idx");
      header.createCell(1).setCellValue("emotion_cat");
      header.createCell(2).setCellValue("type");
      for (int i = 0; i < summary.length; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue((Integer) summary[i][0]);
        row.createCell(1).setCellValue((String) summary[i][1]);
        row.createCell(2).setCellValue((String) summary[i][2]);
      }
      book.write(out);
    }
  }
}
