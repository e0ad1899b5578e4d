package dev.compoundfer.core.face;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Crops kept on disk so that each photo is searched for a face once: the key is the SHA-256 of the image file's
 * bytes and of the cropper's detector and settings. An entry is {@code <key>.png} (absent when no crop was made)
 * plus {@code <key>.properties} holding the outcome and face box; the properties file is written last, so an entry
 * is complete once it exists. Files are written to a temporary name and moved atomically, so concurrent croppers
 * and crashes never leave a half-written entry. No-face results are cached too.
 */
public final class CropCache {
  private final Path directory;
  private final FaceCropper cropper;

  public CropCache(Path directory, FaceCropper cropper) throws IOException {
    this.directory = Files.createDirectories(Objects.requireNonNull(directory, "directory"));
    this.cropper = Objects.requireNonNull(cropper, "cropper");
  }

  /** The crop of an image file, from the cache or made and stored now. */
  public CropResult crop(Path imageFile) throws IOException {
    return crop(Files.readAllBytes(imageFile));
  }

  /**
   * The crop of an encoded image (any format ImageIO reads), from the cache or made and stored now.
   *
   * @throws IOException if the bytes are not a readable image or the cache cannot be written
   */
  public CropResult crop(byte[] encodedImage) throws IOException {
    String key = key(encodedImage);
    Optional<CropResult> cached = CropEntry.read(directory, key);
    if (cached.isPresent()) {
      return cached.get();
    }
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(encodedImage));
    if (image == null) {
      throw new IOException("not an image format ImageIO can read (" + encodedImage.length + " bytes)");
    }
    CropResult result = cropper.crop(image);
    CropEntry.write(directory, key, result);
    return result;
  }

  private String key(byte[] encodedImage) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(encodedImage);
      sha256.update((byte) 0); // separates the image from the settings: no two inputs share a byte stream
      sha256.update(cropper.cacheKey().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
