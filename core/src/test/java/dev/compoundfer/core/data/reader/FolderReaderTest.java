package dev.compoundfer.core.data.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadProblem;
import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.TestImages;
import dev.compoundfer.core.data.image.ImageDecoder;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderReaderTest {

  @TempDir Path root;

  @Test
  void readsClassesFromFolderNamesAndSubjectsFromThePattern() {
    // Given folders named in two spellings and files named <subject>_<n>
    TestImages.write(root.resolve("happily_surprised/S01_1.png"), TestImages.png(8, 8));
    TestImages.write(root.resolve("Anger/S02_1.jpg"), TestImages.jpeg(8, 8));
    FolderReader reader = new FolderReader(Pattern.compile("^(?<subject>S\\d+)_"), new ImageDecoder());

    // When the tree is read
    LoadedDataset dataset = reader.read(root);

    // Then both load with class and subject
    assertEquals(List.of(
        new FaceSample(root.resolve("Anger/S02_1.jpg"), Expression.ANGRY, "S02"),
        new FaceSample(root.resolve("happily_surprised/S01_1.png"), Expression.HAPPILY_SURPRISED, "S01")),
        dataset.samples());
    assertEquals(List.of(), dataset.problems());
  }

  @Test
  void makesEachFileItsOwnSubjectWithoutAPattern() {
    // Given one file
    TestImages.write(root.resolve("sad/face 7.png"), TestImages.png(8, 8));

    // When it is read without a subject pattern
    LoadedDataset dataset = new FolderReader().read(root);

    // Then its stem is its subject
    assertEquals("face 7", dataset.samples().get(0).subject());
  }

  @Test
  void reportsUnknownFoldersStrayFilesUnmatchedNamesAndBadImagesWhileLoadingTheRest() {
    // Given one good file among an unknown folder, a file outside any folder, a name without subject and a bad image
    TestImages.write(root.resolve("sad/S1_a.png"), TestImages.png(8, 8));
    TestImages.write(root.resolve("confused/S1_b.png"), TestImages.png(8, 8));
    TestImages.write(root.resolve("confused/S2_b.png"), TestImages.png(8, 8));
    TestImages.write(root.resolve("loose.png"), TestImages.png(8, 8));
    TestImages.write(root.resolve("sad/nosubject.png"), TestImages.png(8, 8));
    TestImages.write(root.resolve("sad/S3_cut.jpg"), TestImages.truncatedJpeg());
    TestImages.write(root.resolve("sad/.DS_Store"), new byte[] {1});
    FolderReader reader = new FolderReader(Pattern.compile("^(?<subject>S\\d+)_"), new ImageDecoder());

    // When the tree is read
    LoadedDataset dataset = reader.read(root);

    // Then the good file loads and each problem names its file; hidden files are ignored
    assertEquals(List.of(new FaceSample(root.resolve("sad/S1_a.png"), Expression.SAD, "S1")), dataset.samples());
    assertEquals(List.of(
        new LoadProblem("confused/", "The folder name 'confused' is not one of the 22 CFEE classes, so its 2 files were skipped."),
        new LoadProblem("loose.png", "The file lies outside any class folder, so its class is unknown."),
        new LoadProblem("sad/S3_cut.jpg", "The JPEG image is truncated: the file ends before the image does."),
        new LoadProblem("sad/nosubject.png", "The file name does not match the subject pattern ^(?<subject>S\\d+)_.")),
        dataset.problems());
  }

  @Test
  void refusesAPatternWithoutASubjectGroup() {
    // Given a pattern without the named group

    // When a reader is made with it, Then it is refused
    assertThrows(IllegalArgumentException.class, () -> new FolderReader(Pattern.compile("S\\d+"), new ImageDecoder()));
  }
}
