package dev.compoundfer.core.data.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;

/**
 * The four formats the decoder accepts, recognised by their magic bytes rather than by the file extension, and each
 * format's cheap test that a file was not cut short.
 */
public enum ImageFormat {
  JPEG("jpeg"),
  PNG("png"),
  BMP("bmp"),
  GIF("gif");

  /** Bytes needed by {@link #sniff}. */
  public static final int HEAD_LENGTH = 8;

  /** Bytes of the file's end needed by {@link #isComplete}; JPEGs may carry a little padding after their EOI. */
  public static final int TAIL_LENGTH = 1024;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] PNG_IEND = {'I', 'E', 'N', 'D'};

  private final String imageIoName;

  ImageFormat(String imageIoName) {
    this.imageIoName = imageIoName;
  }

  /** The format name ImageIO registers its reader under. */
  public String imageIoName() {
    return imageIoName;
  }

  /** The format whose signature starts {@code head}, or empty when it is none of the four. */
  public static Optional<ImageFormat> sniff(byte[] head) {
    if (startsWith(head, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, (byte) 'B', (byte) 'M')) {
      return Optional.of(BMP);
    }
    if (startsWith(head, (byte) 'G', (byte) 'I', (byte) 'F', (byte) '8')) {
      return Optional.of(GIF);
    }
    return Optional.empty();
  }

  /**
   * Whether a file of this format ends the way a whole file must: a JPEG's EOI marker, a PNG's IEND chunk, a GIF's
   * trailer byte, or for a BMP at least the length its header declares. Decoders often fill a cut-off image with grey
   * and only warn, so this is the check that catches truncation.
   *
   * @param head the file's first bytes (at least {@link #HEAD_LENGTH}, ten for a BMP)
   * @param tail the file's last bytes (up to {@link #TAIL_LENGTH})
   * @param size the file's length in bytes
   */
  public boolean isComplete(byte[] head, byte[] tail, long size) {
    return switch (this) {
      case JPEG -> containsEndOfImage(tail);
      case PNG -> tail.length >= 8 && Arrays.equals(tail, tail.length - 8, tail.length - 4, PNG_IEND, 0, 4);
      case GIF -> tail.length > 0 && tail[tail.length - 1] == 0x3B;
      case BMP -> head.length >= 6 && size >= declaredBmpSize(head);
    };
  }

  private static boolean containsEndOfImage(byte[] tail) {
    // Entropy-coded JPEG data stuffs every 0xFF with 0x00, so FF D9 near the end can only be the EOI marker.
    for (int i = tail.length - 2; i >= 0; i--) {
      if (tail[i] == (byte) 0xFF && tail[i + 1] == (byte) 0xD9) {
        return true;
      }
    }
    return false;
  }

  private static long declaredBmpSize(byte[] head) {
    return Integer.toUnsignedLong(ByteBuffer.wrap(head, 2, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
  }

  private static boolean startsWith(byte[] bytes, byte... prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
