package dev.compoundfer.core.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PretrainImagesTest {

  @TempDir Path root;

  @Test
  void labelsEachImageByItsFirstFolderAndSkipsWhatIsNoImage() throws IOException {
    png(root.resolve("alice/1.png"));
    png(root.resolve("alice/more/2.png"));
    png(root.resolve("bob/3.png"));
    Files.writeString(root.resolve("bob/notes.txt"), "no image");
    png(root.resolve("loose.png"));

    PretrainImages images = PretrainImages.labelled(root, 16, 1);

    assertEquals(List.of("alice", "bob"), images.labelNames());
    assertArrayEquals(new int[] {0, 0, 1}, images.labels());
    assertEquals(2, images.skipped(), "the text file and the image outside a label folder");
    assertEquals(16 * 16, images.images().get(0).length);
  }

  @Test
  void readsEveryImageAtAnyDepthUnlabeled() throws IOException {
    png(root.resolve("a/b/1.png"));
    png(root.resolve("2.png"));

    assertEquals(2, PretrainImages.unlabeled(root, 16, 3).images().size());
  }

  @Test
  void refusesAFolderWithoutImages() {
    assertThrows(IllegalArgumentException.class, () -> PretrainImages.unlabeled(root, 16, 1));
  }

  private static void png(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
  }
}
