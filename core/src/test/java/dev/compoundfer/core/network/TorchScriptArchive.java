package dev.compoundfer.core.network;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a parameter-free TorchScript module without Python: the zip layout {@code torch.jit.save} produces
 * (uncompressed entries under one folder: {@code version}, {@code data.pkl} holding the module object,
 * {@code constants.pkl}, and the TorchScript source in {@code code/__torch__.py}, which libtorch compiles on load).
 */
final class TorchScriptArchive {

  private TorchScriptArchive() {}

  /** A module {@code Features} whose {@code forward(x)} returns {@code expression} (TorchScript source). */
  static void write(Path file, String expression) throws IOException {
    String code =
        """
        class Features(Module):
          __parameters__ = []
          __buffers__ = []
          training : bool
          def forward(self: __torch__.Features,
            x: Tensor) -> Tensor:
            return %s
        """
            .formatted(expression);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      stored(zip, "archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
      stored(zip, "archive/data.pkl", moduleObject());
      stored(zip, "archive/constants.pkl", new byte[] {(byte) 0x80, 2, ')', '.'});
      stored(zip, "archive/code/__torch__.py", code.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Pickle (protocol 2) of {@code __torch__.Features} with state {@code {"training": True}}. */
  private static byte[] moduleObject() {
    ByteArrayOutputStream pickle = new ByteArrayOutputStream();
    pickle.write(0x80); // PROTO 2
    pickle.write(2);
    pickle.writeBytes("c__torch__\nFeatures\n".getBytes(StandardCharsets.US_ASCII)); // GLOBAL
    pickle.write(')'); // EMPTY_TUPLE
    pickle.write(0x81); // NEWOBJ
    pickle.write('}'); // EMPTY_DICT
    pickle.write('('); // MARK
    byte[] key = "training".getBytes(StandardCharsets.US_ASCII);
    pickle.write('X'); // BINUNICODE, 4-byte little-endian length
    pickle.write(key.length);
    pickle.writeBytes(new byte[3]);
    pickle.writeBytes(key);
    pickle.write(0x88); // NEWTRUE
    pickle.write('u'); // SETITEMS
    pickle.write('b'); // BUILD
    pickle.write('.'); // STOP
    return pickle.toByteArray();
  }

  private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    ((OutputStream) zip).write(content);
    zip.closeEntry();
  }
}
