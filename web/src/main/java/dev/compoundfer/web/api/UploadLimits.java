package dev.compoundfer.web.api;

import dev.compoundfer.ejb.inference.RequestTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** How much of a request body is read: uploads above the limit are refused before they fill the heap. */
final class UploadLimits {
  /** 20 MB, for one image and for a whole multipart batch alike. */
  static final int MAX_BYTES = 20 * 1024 * 1024;

  private UploadLimits() {}

  /** Refuses a declared length above the limit at once, without reading the body. */
  static void checkDeclared(String contentLength) {
    if (contentLength == null || contentLength.isBlank()) {
      return;
    }
    try {
      long declared = Long.parseLong(contentLength.strip());
      if (declared > MAX_BYTES) {
        throw tooLarge(declared);
      }
    } catch (NumberFormatException e) {
      // The container rejects a malformed Content-Length itself; reading stays bounded below.
    }
  }

  /** The whole body, or the refusal once more than the limit has arrived (chunked uploads declare no length). */
  static byte[] read(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(-1);
    }
    return bytes;
  }

  private static RequestTooLargeException tooLarge(long declared) {
    String size = declared < 0 ? "more than 20 MB" : String.format(Locale.ROOT, "%,d bytes", declared);
    return new RequestTooLargeException(
        "The upload is " + size + "; at most " + String.format(Locale.ROOT, "%,d", MAX_BYTES) + " bytes are allowed.");
  }
}
