package dev.compoundfer.core.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.reader.CfeeReader;
import dev.compoundfer.core.data.reader.FolderReader;
import dev.compoundfer.core.data.reader.ManifestReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatasetSourceTest {

  @Test
  void readsTheSyntheticDatasetWithoutAPath() {
    DatasetSource source = DatasetSource.parse("synthetic");

    assertEquals("synthetic", source.kind());
    assertNull(source.path());
  }

  @Test
  void picksTheReaderOfEachKind() {
    assertTrue(DatasetSource.parse("manifest:data/faces.csv").reader() instanceof ManifestReader);
    assertTrue(DatasetSource.parse("folders:data/faces").reader() instanceof FolderReader);
    assertTrue(DatasetSource.parse("cfee:/data/CFEE_Database_230").reader() instanceof CfeeReader);
  }

  @Test
  void keepsEverythingAfterTheFirstColonAsThePath() {
    DatasetSource source = DatasetSource.parse("manifest:C:/faces/manifest.csv");

    assertEquals(Path.of("C:/faces/manifest.csv"), source.path());
  }

  @Test
  void refusesAKindWithoutPathAndAnUnknownKind() {
    IllegalArgumentException noPath = assertThrows(IllegalArgumentException.class, () -> DatasetSource.parse("cfee:"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> DatasetSource.parse("faces"));

    assertEquals("'cfee:' names no path after 'cfee:'", noPath.getMessage());
    assertEquals("'faces' is not synthetic, manifest:<csv>, folders:<dir> or cfee:<dir>", unknown.getMessage());
  }
}
