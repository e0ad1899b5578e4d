package dev.compoundfer.it.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./fer script refuses to start in a broken environment with one clear sentence and a non-zero exit, before
 * it builds, downloads or starts anything. Runs before the integration tests' server starts.
 */
class FerScriptTest {
  @TempDir Path home;

  /** What the script printed and how it exited. */
  record Outcome(int exitCode, String stdout, List<String> stderr) {}

  @Test
  void refusesAJavaThatIsNotJdk17Or21() throws Exception {
    Path jdk = fakeJdk("11.0.2");

    Outcome outcome = fer(Map.of("FER_JAVA_HOME", jdk.toString()), "start");

    assertRefusal(outcome, "JDK 17 or 21");
  }

  @Test
  void refusesWhenNoJavaIsThere() throws Exception {
    Outcome outcome = fer(Map.of("FER_JAVA_HOME", home.resolve("no-such-jdk").toString()), "start");

    assertRefusal(outcome, "No Java found");
  }

  @Test
  void refusesWhenTheDjlCacheDiskIsTooSmall() throws Exception {
    Outcome outcome = fer(Map.of("FER_DJL_CACHE_MIN_MB", "999999999"), "start");

    assertRefusal(outcome, "the DJL native cache needs 999999999 MB");
  }

  @Test
  void refusesWhenThePortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(8080, 1, InetAddress.getLoopbackAddress())) {
      Outcome outcome = fer(Map.of(), "start");

      assertRefusal(outcome, "Port 8080 is already in use");
    }
  }

  @Test
  void refusesToStartADomainThatIsAlreadyRunning() throws Exception {
    Path config = Files.createDirectories(home.resolve("payara6/glassfish/domains/domain1/config"));
    Files.writeString(config.resolve("pid"), Long.toString(ProcessHandle.current().pid()));

    Outcome outcome = fer(Map.of(), "start");

    assertRefusal(outcome, "already running");
  }

  private static void assertRefusal(Outcome outcome, String expected) {
    assertNotEquals(0, outcome.exitCode(), "a refusal exits non-zero");
    assertEquals(1, outcome.stderr().size(), "one sentence, no stack trace: " + outcome.stderr());
    String line = outcome.stderr().get(0);
    assertTrue(line.startsWith("fer: ") && line.contains(expected), line);
    assertFalse(line.contains("Exception"), line);
  }

  private Outcome fer(Map<String, String> environment, String command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", System.getProperty("fer.script"), command);
    builder.environment().put("FER_HOME", home.toString());
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script answers quickly");
    return new Outcome(process.exitValue(), Files.readString(out), Files.readAllLines(err, StandardCharsets.UTF_8));
  }

  private Path fakeJdk(String version) throws IOException {
    Path bin = Files.createDirectories(home.resolve("jdk/bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2019-01-15' >&2\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home.resolve("jdk");
  }
}
