package dev.compoundfer.core.face;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import javax.imageio.ImageIO;

/** Reads and writes one {@link CropCache} entry: a PNG crop and a properties file with outcome and face box. */
final class CropEntry {
  private CropEntry() {}

  static Optional<CropResult> read(Path directory, String key) throws IOException {
    Path meta = directory.resolve(key + ".properties");
    if (!Files.exists(meta)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(meta)) {
      p.load(reader);
    }
    CropResult.Outcome outcome = CropResult.Outcome.valueOf(p.getProperty("outcome"));
    Optional<BufferedImage> crop = Optional.empty();
    if (outcome != CropResult.Outcome.NO_FACE) {
      crop = Optional.of(ImageIO.read(directory.resolve(key + ".png").toFile()));
    }
    Optional<FaceBox> face = outcome != CropResult.Outcome.FACE ? Optional.empty() : Optional.of(new FaceBox(
        Integer.parseInt(p.getProperty("x")), Integer.parseInt(p.getProperty("y")),
        Integer.parseInt(p.getProperty("width")), Integer.parseInt(p.getProperty("height"))));
    return Optional.of(new CropResult(outcome, face, crop));
  }

  static void write(Path directory, String key, CropResult result) throws IOException {
    if (result.crop().isPresent()) {
      Path png = Files.createTempFile(directory, key, ".png.tmp");
      ImageIO.write(result.crop().get(), "png", png.toFile());
      moveAtomically(png, directory.resolve(key + ".png"));
    }
    Properties p = new Properties();
    p.setProperty("outcome", result.outcome().name());
    result.face().ifPresent(face -> {
      p.setProperty("x", Integer.toString(face.x()));
      p.setProperty("y", Integer.toString(face.y()));
      p.setProperty("width", Integer.toString(face.width()));
      p.setProperty("height", Integer.toString(face.height()));
    });
    Path meta = Files.createTempFile(directory, key, ".properties.tmp");
    try (OutputStream out = Files.newOutputStream(meta)) {
      p.store(out, null);
    }
    moveAtomically(meta, directory.resolve(key + ".properties"));
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    // Replacing is safe: two writers of the same key write the same crop.
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
