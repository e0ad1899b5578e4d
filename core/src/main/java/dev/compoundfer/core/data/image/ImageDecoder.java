package dev.compoundfer.core.data.image;

import dev.compoundfer.core.data.image.BadImageException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes untrusted JPEG, PNG, BMP and GIF files with bounds: the encoded size is checked before reading, the pixel
 * count is checked from the header before decoding (a 100 KB PNG may declare 50,000 x 50,000 pixels and ask for
 * 10 GB), and a cut-off or warned-about file is rejected instead of being returned half grey.
 */
public final class ImageDecoder {

  /** 20 MB: far above a camera JPEG, far below what hurts a server with a few concurrent uploads. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** 40 megapixels: a 7,500 x 5,300 photo; decoded as ARGB that is 160 MB, the most one image may cost. */
  public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

  private final long maxBytes;
  private final long maxPixels;

  /** A decoder with the default limits. */
  public ImageDecoder() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS);
  }

  public ImageDecoder(long maxBytes, long maxPixels) {
    if (maxBytes <= 0 || maxPixels <= 0) {
      throw new IllegalArgumentException("Image limits must be positive: " + maxBytes + " bytes, " + maxPixels + " pixels");
    }
    this.maxBytes = maxBytes;
    this.maxPixels = maxPixels;
  }

  /** Checks a file's size, format, completeness and declared pixel count, reading only its first and last bytes. */
  public ImageHeader inspect(Path file) throws IOException, BadImageException {
    long size = Files.size(file);
    checkSize(size);
    byte[] head;
    byte[] tail;
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      head = readAt(channel, 0, (int) Math.min(size, 16));
      tail = readAt(channel, Math.max(0, size - ImageFormat.TAIL_LENGTH), (int) Math.min(size, ImageFormat.TAIL_LENGTH));
    }
    ImageFormat format = checkFormat(head, tail, size);
    try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
      return checkPixels(readHeader(format, in));
    }
  }

  /** Checks bytes the way {@link #inspect(Path)} checks a file. */
  public ImageHeader inspect(byte[] bytes) throws BadImageException {
    checkSize(bytes.length);
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 16));
    byte[] tail = Arrays.copyOfRange(bytes, Math.max(0, bytes.length - ImageFormat.TAIL_LENGTH), bytes.length);
    ImageFormat format = checkFormat(head, tail, bytes.length);
    return checkPixels(readHeader(format, memoryStream(bytes)));
  }

  /** Decodes a file after the checks of {@link #inspect(Path)}; the file is only read once its size is allowed. */
  public BufferedImage decode(Path file) throws IOException, BadImageException {
    checkSize(Files.size(file));
    return decode(Files.readAllBytes(file));
  }

  /** Decodes bytes after the checks of {@link #inspect(byte[])}, rejecting any file the decoder warns about. */
  public BufferedImage decode(byte[] bytes) throws BadImageException {
    ImageHeader header = inspect(bytes);
    ImageReader reader = readerFor(header.format());
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    try (ImageInputStream in = memoryStream(bytes)) {
      reader.setInput(in, true, true);
      BufferedImage image = reader.read(0);
      if (!warnings.isEmpty()) {
        // ImageIO decodes a damaged JPEG as far as it can and only warns; half an image is not a training sample.
        throw corrupt(header.format(), warnings.get(0), null);
      }
      return image;
    } catch (IOException | RuntimeException e) {
      throw corrupt(header.format(), e.getMessage(), e);
    } finally {
      reader.dispose();
    }
  }

  private void checkSize(long size) throws BadImageException {
    if (size == 0) {
      throw new BadImageException(Reason.EMPTY, "The image file is empty (0 bytes).");
    }
    if (size > maxBytes) {
      throw new BadImageException(
          Reason.TOO_MANY_BYTES,
          String.format(Locale.ROOT, "The image is %,d bytes, more than the %,d bytes allowed.", size, maxBytes));
    }
  }

  private static ImageFormat checkFormat(byte[] head, byte[] tail, long size) throws BadImageException {
    ImageFormat format =
        ImageFormat.sniff(head)
            .orElseThrow(
                () -> new BadImageException(Reason.NOT_AN_IMAGE, "The file is not a JPEG, PNG, BMP or GIF image."));
    if (!format.isComplete(head, tail, size)) {
      throw new BadImageException(
          Reason.CORRUPT, "The " + format + " image is truncated: the file ends before the image does.");
    }
    return format;
  }

  private ImageHeader checkPixels(ImageHeader header) throws BadImageException {
    if (header.pixels() > maxPixels) {
      throw new BadImageException(
          Reason.TOO_MANY_PIXELS,
          String.format(
              Locale.ROOT,
              "The image declares %d x %d pixels, more than the %,d pixels allowed.",
              header.width(),
              header.height(),
              maxPixels));
    }
    return header;
  }

  private static ImageHeader readHeader(ImageFormat format, ImageInputStream in) throws BadImageException {
    ImageReader reader = readerFor(format);
    try {
      // Width and height come from the header alone; no pixel buffer is allocated here.
      reader.setInput(in, true, true);
      return new ImageHeader(format, reader.getWidth(0), reader.getHeight(0));
    } catch (IOException | RuntimeException e) {
      throw corrupt(format, e.getMessage(), e);
    } finally {
      reader.dispose();
    }
  }

  private static ImageReader readerFor(ImageFormat format) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
    if (!readers.hasNext()) {
      throw new IllegalStateException("This JVM has no ImageIO reader for " + format);
    }
    return readers.next();
  }

  private static ImageInputStream memoryStream(byte[] bytes) {
    // In memory on purpose: ImageIO.createImageInputStream may spill to a temporary file.
    return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
  }

  private static BadImageException corrupt(ImageFormat format, String detail, Throwable cause) {
    String why = detail == null || detail.isBlank() ? "it could not be decoded" : detail.strip().replaceAll("\\.$", "");
    return new BadImageException(Reason.CORRUPT, "The " + format + " image is corrupt: " + why + ".", cause);
  }

  private static byte[] readAt(SeekableByteChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    channel.position(position);
    // A channel may return fewer bytes than asked, so read until the buffer is full or the file ends.
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        break;
      }
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }
}
