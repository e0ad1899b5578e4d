package dev.compoundfer.core.data.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadProblem;
import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

  @TempDir Path dir;

  private final ManifestReader reader = new ManifestReader();

  @Test
  void loadsTheGoodRowsAndReportsEveryBadRowWithItsFileName() throws IOException {
    // Given a manifest with two good rows and one row for each kind of bad input
    Path data = dir.resolve("data");
    TestImages.write(data.resolve("img/happy.png"), TestImages.png(16, 16));
    TestImages.write(data.resolve("img/awed.jpg"), TestImages.jpeg(16, 16));
    TestImages.write(data.resolve("img/corrupt.jpg"), "not a jpeg".getBytes());
    TestImages.write(data.resolve("img/empty.png"), new byte[0]);
    TestImages.write(data.resolve("img/cut.jpg"), TestImages.truncatedJpeg());
    TestImages.write(data.resolve("img/bomb.png"), TestImages.pngHeaderClaiming(50_000, 50_000));
    TestImages.write(data.resolve("img/puzzled.png"), TestImages.png(16, 16));
    TestImages.write(data.resolve("img/nobody.png"), TestImages.png(16, 16));
    Path manifest = write(data.resolve("faces.csv"), """
        path,label,subject
        img/happy.png,happiness,S1
        img/awed.jpg,Awed,S2
        img/corrupt.jpg,sad,S3
        img/empty.png,sad,S3
        img/cut.jpg,sad,S3
        img/bomb.png,sad,S3
        img/missing.png,sad,S3
        ../../etc/passwd,sad,S3
        /etc/passwd,sad,S3
        img/puzzled.png,puzzled,S3
        img/nobody.png,sad,
        """);

    // When it is read
    LoadedDataset dataset = reader.read(manifest);

    // Then the two good rows load and each bad row is one problem naming its file
    assertEquals(List.of(
        new FaceSample(data.resolve("img/happy.png"), Expression.HAPPY, "S1"),
        new FaceSample(data.resolve("img/awed.jpg"), Expression.AWED, "S2")), dataset.samples());
    Map<String, String> problems = byFile(dataset);
    assertEquals(9, dataset.problems().size(), "problems: " + problems);
    assertEquals("Line 4: the file is not a JPEG, PNG, BMP or GIF image.", problems.get("img/corrupt.jpg"));
    assertEquals("Line 5: the image file is empty (0 bytes).", problems.get("img/empty.png"));
    assertEquals("Line 6: the JPEG image is truncated: the file ends before the image does.", problems.get("img/cut.jpg"));
    assertEquals("Line 7: the image declares 50000 x 50000 pixels, more than the 40,000,000 pixels allowed.",
        problems.get("img/bomb.png"));
    assertEquals("Line 8: the file does not exist.", problems.get("img/missing.png"));
    assertEquals("Line 9: the path leads outside the manifest's folder.", problems.get("../../etc/passwd"));
    assertEquals("Line 10: the path is absolute, but paths must be relative to the manifest.", problems.get("/etc/passwd"));
    assertEquals("Line 11: the label 'puzzled' is not one of the 22 CFEE classes.", problems.get("img/puzzled.png"));
    assertEquals("Line 12: the row has no subject.", problems.get("img/nobody.png"));
  }

  @Test
  void reportsAMissingLabelColumnOnceWithTheRowsItCosts() throws IOException {
    // Given a manifest whose header has no label column
    TestImages.write(dir.resolve("a.png"), TestImages.png(8, 8));
    Path manifest = write(dir.resolve("manifest.csv"), "path,subject\na.png,S1\na.png,S2\n");

    // When the folder holding it is read
    LoadedDataset dataset = reader.read(dir);

    // Then nothing loads and one problem names the column and counts the rows
    assertEquals(List.of(), dataset.samples());
    assertEquals(List.of(new LoadProblem("manifest.csv",
        "The manifest has no 'label' column (its header is: path, subject), so none of its 2 rows were read.")),
        dataset.problems());
    assertTrue(Files.exists(manifest));
  }

  @Test
  void normalisesSplitsAndReportsASubjectGivenTwoSplits() throws IOException {
    // Given rows whose splits are spelled freely, and subject S1 put in train and then in test
    for (String name : List.of("a", "b", "c", "d")) {
      TestImages.write(dir.resolve(name + ".png"), TestImages.png(8, 8));
    }
    Path manifest = write(dir.resolve("m.csv"), """
        Path,Label,Subject,Split
        a.png,sad,S1,Training
        b.png,sad,S2,val
        c.png,sad,S3,TEST
        d.png,sad,S1,test
        """);

    // When it is read
    LoadedDataset dataset = reader.read(manifest);

    // Then every sample loads, S1 keeps its first split, and the conflict is reported
    assertEquals(4, dataset.samples().size(), "samples");
    assertEquals(Map.of("S1", "train", "S2", "validation", "S3", "test"), dataset.assignedSplits());
    assertEquals(List.of(new LoadProblem("d.png",
        "Line 5: subject S1 is put in test, but line 2 put it in train, which is kept.")), dataset.problems());
  }

  @Test
  void reportsAMissingManifestInsteadOfThrowing() {
    // Given a folder without a manifest

    // When it is read
    LoadedDataset dataset = reader.read(dir);

    // Then one problem says so
    assertEquals(0, dataset.samples().size(), "samples");
    assertEquals("manifest.csv", dataset.problems().get(0).file());
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text);
  }

  private static Map<String, String> byFile(LoadedDataset dataset) {
    return dataset.problems().stream().collect(Collectors.toMap(LoadProblem::file, LoadProblem::reason));
  }
}
