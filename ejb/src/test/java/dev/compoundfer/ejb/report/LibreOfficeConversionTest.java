package dev.compoundfer.ejb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook opens in another spreadsheet program without complaint: LibreOffice Calc converts it headless
 * (installed by .ci/run; missing LibreOffice fails the test rather than skipping it).
 */
class LibreOfficeConversionTest {
  @TempDir Path folder;

  @Test
  void libreOfficeConvertsFullAndEmptyWorkbooksToPdf() throws Exception {
    Files.write(folder.resolve("full.xlsx"), Reports.bytes(Reports.full()));
    Files.write(folder.resolve("empty.xlsx"), Reports.bytes(Reports.empty()));

    // One start of LibreOffice for both files; a private profile, since a shared one is locked while another runs.
    Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + folder.resolve("profile").toUri(),
            "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.toString(),
            folder.resolve("full.xlsx").toString(), folder.resolve("empty.xlsx").toString())
        .redirectErrorStream(true)
        .start();
    assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished within 3 minutes");
    String output = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, soffice.exitValue(), output);
    for (String name : new String[] {"full.pdf", "empty.pdf"}) {
      Path pdf = folder.resolve(name);
      assertTrue(Files.isRegularFile(pdf), "no " + name + " written: " + output);
      assertTrue(startsWithPdfMagic(pdf) && Files.size(pdf) > 1000, name + ": " + Files.size(pdf) + " bytes");
    }
  }

  private static boolean startsWithPdfMagic(Path pdf) throws IOException {
    byte[] head = new byte[5];
    try (var in = Files.newInputStream(pdf)) {
      return in.read(head) == 5 && new String(head, StandardCharsets.US_ASCII).equals("%PDF-");
    }
  }
}
