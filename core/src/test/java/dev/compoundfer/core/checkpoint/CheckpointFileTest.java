package dev.compoundfer.core.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {

  @TempDir Path dir;

  @Test
  void replacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
    Path file = dir.resolve("checkpoints/x.ckpt");
    CheckpointFile.write(file, new Checkpoint("{\"epoch\":1}", Map.of("p", new byte[] {1, 2})));

    CheckpointFile.write(file, new Checkpoint("{\"epoch\":2}", Map.of("p", new byte[] {3})));

    Checkpoint read = CheckpointFile.read(file).orElseThrow();
    assertEquals("{\"epoch\":2}", read.metadata());
    assertArrayEquals(new byte[] {3}, read.blob("p"));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "only the checkpoint itself");
    }
  }

  @Test
  void rejectsAFlippedByteAndATruncatedFile() throws Exception {
    Path file = dir.resolve("y.ckpt");
    CheckpointFile.write(file, new Checkpoint("{}", Map.of("p", new byte[100])));
    byte[] bytes = Files.readAllBytes(file);
    bytes[20] ^= 0x40;
    Files.write(file, bytes);

    CorruptCheckpointException flipped =
        assertThrows(CorruptCheckpointException.class, () -> CheckpointFile.read(file));
    Files.write(file, new byte[] {1, 2, 3});
    CorruptCheckpointException truncated =
        assertThrows(CorruptCheckpointException.class, () -> CheckpointFile.read(file));

    assertTrue(flipped.getMessage().contains("checksum"), flipped.getMessage());
    assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
    assertTrue(CheckpointFile.read(dir.resolve("none.ckpt")).isEmpty());
  }
}
