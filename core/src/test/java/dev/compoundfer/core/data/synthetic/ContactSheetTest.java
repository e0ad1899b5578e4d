package dev.compoundfer.core.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactSheetTest {
  private static final SyntheticFaces FACES =
      new SyntheticFaces(SyntheticConfig.defaults().withSubjects(3).withImageSize(32));

  @Test
  void hasOneRowPerClassAndOneColumnPerSubjectBesideTheLabels() {
    BufferedImage sheet = ContactSheet.of(FACES, List.of(Expression.HAPPY, Expression.SAD), 3);

    assertEquals(150 + 3 * (32 + 2), sheet.getWidth());
    assertEquals(2 * (32 + 2), sheet.getHeight());
  }

  @Test
  void writesAPngOfAllTwentyTwoClasses(@TempDir Path folder) throws IOException {
    Path png = folder.resolve("sheet.png");

    ContactSheet.write(FACES, 2, png);

    assertTrue(Files.size(png) > 0);
    assertEquals(22 * (32 + 2), ImageIO.read(png.toFile()).getHeight());
  }
}
