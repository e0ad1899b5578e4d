package dev.compoundfer.it.inference;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Generated test images, good and bad. */
public final class Images {
  private Images() {}

  /** A small drawn face, as a face crop would look. */
  public static byte[] face(String format, int size, int seed) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(230, 230, 230));
    g.fillRect(0, 0, size, size);
    g.setColor(new Color(210, 170, 140));
    g.fillOval(size / 8, size / 16, size * 3 / 4, size * 7 / 8);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(size * 5 / 16, size * 11 / 32, size / 10 + seed % 3, size / 16);
    g.fillOval(size * 19 / 32, size * 11 / 32, size / 10, size / 16 + seed % 2);
    g.drawArc(size * 11 / 32, size * 19 / 32, size * 5 / 16, size / 6 + seed % 4, 180, 180);
    g.dispose();
    return encode(image, format);
  }

  /** A JPEG cut off after half its bytes. */
  static byte[] truncatedJpeg() {
    byte[] whole = face("jpg", 64, 1);
    return java.util.Arrays.copyOf(whole, whole.length / 2);
  }

  /**
   * A tiny but well-formed PNG header claiming {@code width x height} pixels (then an IDAT and IEND), as a
   * decompression bomb would.
   */
  static byte[] pngClaiming(int width, int height) {
    ByteBuffer out = ByteBuffer.allocate(128);
    out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return java.util.Arrays.copyOf(out.array(), out.position());
  }

  private static void chunk(ByteBuffer out, String type, byte[] data) {
    out.putInt(data.length);
    byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.put(name).put(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.putInt((int) crc.getValue());
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
