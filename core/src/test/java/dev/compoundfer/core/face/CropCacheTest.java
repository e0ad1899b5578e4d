package dev.compoundfer.core.face;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CropCacheTest {
  @TempDir Path temp;

  /** The real cascade, counting how often it is asked. */
  private static final class CountingDetector implements FaceDetector {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Optional<FaceBox> detect(BufferedImage image) {
      calls.incrementAndGet();
      return FaceCropperTest.CASCADE.detect(image);
    }

    @Override
    public String description() {
      return FaceCropperTest.CASCADE.description();
    }
  }

  @Test
  void aSecondCropOfTheSameImageComesFromDiskWithoutDetecting() throws IOException {
    CountingDetector detector = new CountingDetector();
    Path photo = write(PastedFaces.studioPortrait(), "photo.png");
    Path cacheDir = temp.resolve("cache");

    CropResult first = new CropCache(cacheDir, new FaceCropper(detector, CropSettings.defaults())).crop(photo);
    CropResult second = new CropCache(cacheDir, new FaceCropper(detector, CropSettings.defaults())).crop(photo);

    assertEquals(1, detector.calls.get(), "detector calls");
    assertEquals(CropResult.Outcome.FACE, second.outcome());
    assertEquals(first.face(), second.face());
    assertEquals(first.crop().orElseThrow().getRGB(40, 60), second.crop().orElseThrow().getRGB(40, 60));
  }

  @Test
  void otherCropSettingsMakeANewEntry() throws IOException {
    CountingDetector detector = new CountingDetector();
    Path photo = write(PastedFaces.studioPortrait(), "photo.png");
    Path cacheDir = temp.resolve("cache");

    new CropCache(cacheDir, new FaceCropper(detector, CropSettings.defaults())).crop(photo);
    CropResult small = new CropCache(cacheDir, new FaceCropper(detector, new CropSettings(0.2, 32, false)))
        .crop(photo);

    assertEquals(2, detector.calls.get(), "detector calls");
    assertEquals(32, small.crop().orElseThrow().getWidth());
  }

  @Test
  void remembersThatAnImageHasNoFace() throws IOException {
    CountingDetector detector = new CountingDetector();
    Path blank = write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "blank.png");
    CropCache cache = new CropCache(temp.resolve("cache"), new FaceCropper(detector, CropSettings.defaults()));

    cache.crop(blank);
    CropResult again = cache.crop(blank);

    assertEquals(1, detector.calls.get(), "detector calls");
    assertEquals(CropResult.Outcome.NO_FACE, again.outcome());
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    Path cacheDir = temp.resolve("cache");
    CropCache cache = new CropCache(cacheDir, new FaceCropper(new CountingDetector(), CropSettings.defaults()));

    cache.crop(write(PastedFaces.studioPortrait(), "photo.png"));

    try (Stream<Path> files = Files.list(cacheDir)) {
      assertEquals(2, files.filter(f -> !f.toString().endsWith(".tmp")).count(), "png + properties");
    }
    try (Stream<Path> files = Files.list(cacheDir)) {
      assertEquals(0, files.filter(f -> f.toString().endsWith(".tmp")).count(), "temporary files");
    }
  }

  private Path write(BufferedImage image, String name) throws IOException {
    Path file = temp.resolve(name);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
