package dev.compoundfer.core.data.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.TestImages;
import dev.compoundfer.core.data.image.BadImageException.Reason;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageDecoderTest {

  private final ImageDecoder decoder = new ImageDecoder();

  @ParameterizedTest
  @ValueSource(strings = {"jpeg", "png", "bmp", "gif"})
  void decodesEachSupportedFormat(String format) throws Exception {
    // Given a small image in one of the four formats
    byte[] bytes = TestImages.encode(TestImages.noise(20, 12, 1), format);

    // When it is decoded
    BufferedImage image = decoder.decode(bytes);

    // Then it has the encoded size
    assertEquals(20, image.getWidth());
    assertEquals(12, image.getHeight());
  }

  @Test
  void inspectsAFileHeaderWithoutDecodingIt(@TempDir Path dir) throws Exception {
    // Given a PNG file
    Path file = TestImages.write(dir.resolve("face.png"), TestImages.png(30, 40));

    // When its header is inspected
    ImageHeader header = decoder.inspect(file);

    // Then format and size are read
    assertEquals(new ImageHeader(ImageFormat.PNG, 30, 40), header);
  }

  @Test
  void rejectsAPngWhoseHeaderClaimsFiftyThousandSquaredPixelsBeforeDecoding(@TempDir Path dir) {
    // Given a 45-byte PNG that declares 50,000 x 50,000 pixels (a decompression bomb would need 10 GB)
    byte[] bomb = TestImages.pngHeaderClaiming(50_000, 50_000);
    Path file = TestImages.write(dir.resolve("bomb.png"), bomb);

    // When it is inspected and decoded
    BadImageException fromFile = assertThrows(BadImageException.class, () -> decoder.inspect(file));
    BadImageException fromBytes = assertThrows(BadImageException.class, () -> decoder.decode(bomb));

    // Then both stop at the header with the pixel limit in the message
    assertEquals(Reason.TOO_MANY_PIXELS, fromFile.reason());
    assertEquals(Reason.TOO_MANY_PIXELS, fromBytes.reason());
    assertEquals("The image declares 50000 x 50000 pixels, more than the 40,000,000 pixels allowed.", fromFile.getMessage());
  }

  @Test
  void rejectsATruncatedJpegWhoseEndMarkerIsMissing(@TempDir Path dir) {
    // Given a JPEG cut after 60% of its bytes
    Path file = TestImages.write(dir.resolve("cut.jpg"), TestImages.truncatedJpeg());

    // When it is inspected
    BadImageException e = assertThrows(BadImageException.class, () -> decoder.inspect(file));

    // Then it is reported as truncated
    assertEquals(Reason.CORRUPT, e.reason());
    assertEquals("The JPEG image is truncated: the file ends before the image does.", e.getMessage());
  }

  @Test
  void rejectsAJpegThatImageIoOnlyWarnsAbout() {
    // Given a JPEG cut mid-scan but given an end marker, which passes the cheap tail check
    byte[] jpeg = TestImages.jpegCutMidScanWithEndMarker();

    // When it is decoded
    BadImageException e = assertThrows(BadImageException.class, () -> decoder.decode(jpeg));

    // Then the decoder's warning turns into a rejection instead of a half-grey image
    assertEquals(Reason.CORRUPT, e.reason());
    assertTrue(e.getMessage().startsWith("The JPEG image is corrupt: "), e.getMessage());
  }

  @Test
  void rejectsAnEmptyFile(@TempDir Path dir) {
    // Given a zero-byte file
    Path file = TestImages.write(dir.resolve("empty.jpg"), new byte[0]);

    // When it is inspected
    BadImageException e = assertThrows(BadImageException.class, () -> decoder.inspect(file));

    // Then it is reported as empty
    assertEquals(Reason.EMPTY, e.reason());
    assertEquals("The image file is empty (0 bytes).", e.getMessage());
  }

  @Test
  void rejectsBytesThatAreNoImage() {
    // Given a text file renamed to .jpg
    byte[] text = "this is not a face".getBytes(StandardCharsets.UTF_8);

    // When it is decoded
    BadImageException e = assertThrows(BadImageException.class, () -> decoder.decode(text));

    // Then it is reported as not an image
    assertEquals(Reason.NOT_AN_IMAGE, e.reason());
  }

  @Test
  void rejectsAPngWithCorruptPixelData() {
    // Given a PNG whose compressed pixel data is overwritten but whose start and end are intact
    byte[] png = TestImages.png(32, 32);
    for (int i = 60; i < png.length - 20; i++) {
      png[i] = (byte) 0x5A;
    }

    // When it is decoded
    BadImageException e = assertThrows(BadImageException.class, () -> decoder.decode(png));

    // Then it is reported as corrupt
    assertEquals(Reason.CORRUPT, e.reason());
  }

  @Test
  void rejectsAFileLargerThanTheByteLimitBeforeReadingIt(@TempDir Path dir) {
    // Given a decoder allowing 1,000 bytes and a larger PNG
    ImageDecoder strict = new ImageDecoder(1_000, ImageDecoder.DEFAULT_MAX_PIXELS);
    Path file = TestImages.write(dir.resolve("big.png"), TestImages.png(64, 64));

    // When it is decoded
    BadImageException e = assertThrows(BadImageException.class, () -> strict.decode(file));

    // Then the size limit is named
    assertEquals(Reason.TOO_MANY_BYTES, e.reason());
    assertTrue(e.getMessage().endsWith("more than the 1,000 bytes allowed."), e.getMessage());
  }
}
