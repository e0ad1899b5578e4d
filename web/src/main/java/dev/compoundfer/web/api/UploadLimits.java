package dev.compoundfer.web.api;

import dev.compoundfer.ejb.inference.RequestTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * How much of a request body is kept: uploads above the limit are refused before they fill the heap. A refused body
 * is still read and thrown away (up to {@link #DISCARD_LIMIT}), because an HTTP/1.1 client only reads the answer once
 * it has sent its body: a server that answered early and stopped reading would leave it hanging.
 */
final class UploadLimits {
  /** 20 MB, for one image and for a whole multipart batch alike. */
  static final int MAX_BYTES = 20 * 1024 * 1024;

  /** Bodies beyond this are not even read to the end; the connection is dropped with the answer. */
  static final long DISCARD_LIMIT = 256L * 1024 * 1024;

  private UploadLimits() {}

  /** Whether a declared length is above the limit. */
  static boolean tooLarge(String contentLength) {
    if (contentLength == null || contentLength.isBlank()) {
      return false;
    }
    try {
      return Long.parseLong(contentLength.strip()) > MAX_BYTES;
    } catch (NumberFormatException e) {
      return false; // the container rejects a malformed Content-Length itself; reading stays bounded below
    }
  }

  /** The whole body, or the refusal once more than the limit has arrived (chunked uploads declare no length). */
  static byte[] read(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      discard(body);
      throw refusal("more than " + String.format(Locale.ROOT, "%,d", MAX_BYTES) + " bytes");
    }
    return bytes;
  }

  /** Reads and drops the rest of a refused body, 8 KB at a time, up to {@link #DISCARD_LIMIT}. */
  static void discard(InputStream body) throws IOException {
    byte[] buffer = new byte[8192];
    long left = DISCARD_LIMIT;
    int n;
    while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  static RequestTooLargeException refusal(String size) {
    return new RequestTooLargeException("The upload is " + size + "; at most "
        + String.format(Locale.ROOT, "%,d", MAX_BYTES) + " bytes are allowed.");
  }
}
