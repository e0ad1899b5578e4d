package dev.compoundfer.core.checkpoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes a {@link Checkpoint} file: {@code "CFERCKPT"}, format version, metadata, blobs, then the SHA-256
 * of everything before it. Writing goes to a temporary file in the same folder, is forced to disk, then atomically
 * moved over the old file, so a crash leaves either the old or the new checkpoint, never half of one.
 */
public final class CheckpointFile {

  private static final byte[] MAGIC = "CFERCKPT".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT = 1;
  private static final int DIGEST_BYTES = 32;

  private CheckpointFile() {}

  /** Writes atomically, replacing any previous checkpoint at {@code file}. */
  public static void write(Path file, Checkpoint checkpoint) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      byte[] body = encode(checkpoint);
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(body));
        channel.write(java.nio.ByteBuffer.wrap(sha256(body)));
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.deleteIfExists(temp);
        throw new IOException("The file system cannot replace " + file + " atomically", e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write checkpoint " + file, e);
    }
  }

  /** The checkpoint at {@code file}, or empty if there is none; a damaged file is a {@link CorruptCheckpointException}. */
  public static Optional<Checkpoint> read(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read checkpoint " + file, e);
    }
    if (all.length < MAGIC.length + DIGEST_BYTES) {
      throw new CorruptCheckpointException("Checkpoint " + file + " is truncated (" + all.length + " bytes)");
    }
    byte[] body = Arrays.copyOf(all, all.length - DIGEST_BYTES);
    byte[] digest = Arrays.copyOfRange(all, all.length - DIGEST_BYTES, all.length);
    if (!MessageDigest.isEqual(digest, sha256(body))) {
      throw new CorruptCheckpointException(
          "Checkpoint " + file + " is corrupt: its SHA-256 checksum does not match its content");
    }
    try {
      return Optional.of(decode(body));
    } catch (IOException e) {
      throw new CorruptCheckpointException("Checkpoint " + file + " has an unreadable layout: " + e.getMessage());
    }
  }

  private static byte[] encode(Checkpoint checkpoint) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(FORMAT);
      writeBytes(out, checkpoint.metadata().getBytes(StandardCharsets.UTF_8));
      out.writeInt(checkpoint.blobs().size());
      for (Map.Entry<String, byte[]> blob : checkpoint.blobs().entrySet()) {
        out.writeUTF(blob.getKey());
        writeBytes(out, blob.getValue());
      }
    }
    return bytes.toByteArray();
  }

  private static Checkpoint decode(byte[] body) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IOException("not a compound-fer checkpoint");
      }
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IOException("unsupported format " + format);
      }
      String metadata = new String(readBytes(in), StandardCharsets.UTF_8);
      int count = in.readInt();
      Map<String, byte[]> blobs = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        blobs.put(in.readUTF(), readBytes(in));
      }
      return new Checkpoint(metadata, blobs);
    }
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new IOException("truncated section");
    }
    return bytes;
  }

  /** SHA-256 of {@code bytes}. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Lower-case hex of SHA-256 of {@code bytes}. */
  public static String sha256Hex(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (byte b : sha256(bytes)) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
