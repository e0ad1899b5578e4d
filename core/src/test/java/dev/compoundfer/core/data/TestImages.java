package dev.compoundfer.core.data;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small images made by the tests themselves: good ones in each format and the bad ones readers must survive. */
public final class TestImages {

  private TestImages() {}

  /** A noisy RGB image, so that JPEG compression leaves plenty of entropy-coded bytes to cut. */
  public static BufferedImage noise(int width, int height, long seed) {
    Random random = new Random(seed);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return image;
  }

  /** The image encoded as "png", "jpeg", "bmp" or "gif". */
  public static byte[] encode(BufferedImage image, String format) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] jpeg(int width, int height) {
    return encode(noise(width, height, 7), "jpeg");
  }

  public static byte[] png(int width, int height) {
    return encode(noise(width, height, 7), "png");
  }

  /** The first 60% of a JPEG: the end-of-image marker is gone, as after an interrupted copy. */
  public static byte[] truncatedJpeg() {
    byte[] jpeg = jpeg(64, 64);
    return Arrays.copyOf(jpeg, jpeg.length * 6 / 10);
  }

  /** A JPEG cut in the middle of its scan and then given an end marker, which ImageIO decodes with a warning. */
  public static byte[] jpegCutMidScanWithEndMarker() {
    byte[] cut = truncatedJpeg();
    byte[] patched = Arrays.copyOf(cut, cut.length + 2);
    patched[cut.length] = (byte) 0xFF;
    patched[cut.length + 1] = (byte) 0xD9;
    return patched;
  }

  /** A complete, valid-looking PNG of 45 bytes whose header claims {@code width x height} pixels. */
  public static byte[] pngHeaderClaiming(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(png, "IHDR", ihdr.array());
    chunk(png, "IEND", new byte[0]);
    return png.array();
  }

  public static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void chunk(ByteBuffer out, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
  }
}
