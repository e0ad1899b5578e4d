package dev.compoundfer.core.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadedDataset;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDatasetWriterTest {
  private static final SyntheticConfig TINY = SyntheticConfig.defaults().withSubjects(3).withImageSize(32);

  @TempDir Path folder;

  @Test
  void writesOneImagePerSubjectAndChosenClassWithCfeeLikeNames() throws IOException {
    SyntheticDatasetWriter writer = new SyntheticDatasetWriter(new SyntheticFaces(TINY));

    writer.write(folder, List.of(Expression.HAPPY, Expression.HAPPILY_SURPRISED));

    Set<String> pngs = pngNames();
    assertEquals(Set.of("02_001_0001.png", "09_001_0002.png", "02_002_0003.png", "09_002_0004.png",
        "02_003_0005.png", "09_003_0006.png"), pngs);
  }

  @Test
  void writesAManifestWithRelativePathsLowerCaseLabelsAndSubjects() throws IOException {
    SyntheticDatasetWriter writer = new SyntheticDatasetWriter(new SyntheticFaces(TINY));

    writer.write(folder, List.of(Expression.HAPPY, Expression.HAPPILY_SURPRISED));

    List<String> lines = Files.readAllLines(folder.resolve(SyntheticDatasetWriter.MANIFEST));
    assertEquals("path,label,subject", lines.get(0));
    assertEquals(7, lines.size(), "header plus one line per image");
    assertEquals("09_001_0002.png,happily_surprised,001", lines.get(2));
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      assertEquals(3, fields.length, line);
      assertTrue(Files.isRegularFile(folder.resolve(fields[0])), fields[0]);
      assertEquals(Expression.valueOf(fields[1].toUpperCase()).cfeeId(), Integer.parseInt(fields[0].substring(0, 2)));
    }
  }

  @Test
  void writesTheActionUnitsOfEveryImage() throws IOException {
    SyntheticFaces faces = new SyntheticFaces(TINY);

    new SyntheticDatasetWriter(faces).write(folder, List.of(Expression.NEUTRAL, Expression.HAPPY));

    List<String> lines = Files.readAllLines(folder.resolve(SyntheticDatasetWriter.ACTION_UNITS));
    assertEquals("path,AU1,AU2,AU4,AU5,AU6,AU7,AU9,AU10,AU11,AU12,AU15,AU17,AU20,AU23,AU24,AU25,AU26",
        lines.get(0));
    assertEquals("01_001_0001.png" + ",0.00".repeat(17), lines.get(1));
    String[] happy = lines.get(2).split(",");
    double au12 = Double.parseDouble(happy[10]);
    assertEquals(faces.actionUnits(1, Expression.HAPPY).get(ActionUnit.AU12), au12, 0.005);
  }

  @Test
  void returnsTheWrittenSamplesWithoutProblems() throws IOException {
    LoadedDataset written = new SyntheticDatasetWriter(new SyntheticFaces(TINY)).write(folder);

    assertEquals(3 * 22, written.samples().size());
    assertEquals(Set.of("001", "002", "003"), written.subjects());
    assertTrue(written.problems().isEmpty());
    FaceSample first = written.samples().get(0);
    BufferedImage image = ImageIO.read(first.image().toFile());
    assertEquals(32, image.getWidth());
    assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
  }

  private Set<String> pngNames() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).collect(Collectors.toSet());
    }
  }
}
