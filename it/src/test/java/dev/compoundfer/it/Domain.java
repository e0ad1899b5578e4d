package dev.compoundfer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Payara domain the integration tests run on, driven as an administrator would: {@code asadmin}, its pid file,
 * and {@code kill -9}. Arquillian's managed container only starts and stops it.
 */
public final class Domain {
  private final Path payaraHome = Path.of(System.getProperty("payara.home"));
  private final Path domainDir = payaraHome.resolve("glassfish/domains/domain1");

  /** An asadmin command's exit code and output. */
  public record Result(int exitCode, String output) {}

  public Result asadmin(String... arguments) {
    List<String> command = new ArrayList<>(List.of(payaraHome.resolve("bin/asadmin").toString()));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("asadmin " + String.join(" ", arguments) + " did not finish: " + output);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The server JVM's process id, from the pid file the domain writes when it starts. */
  public long serverPid() {
    try {
      return Long.parseLong(Files.readString(domainDir.resolve("config/pid")).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("The domain has no pid file: is it running?", e);
    }
  }

  /** Kills the server JVM as {@code kill -9} does (no shutdown hooks run) and waits until it is gone. */
  public void killHard() throws InterruptedException {
    ProcessHandle server = ProcessHandle.of(serverPid())
        .orElseThrow(() -> new AssertionError("The server process " + serverPid() + " is not running"));
    server.destroyForcibly();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (server.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    if (server.isAlive()) {
      throw new AssertionError("The server process " + server.pid() + " survived SIGKILL");
    }
  }

  /** Starts the domain again; the applications it had deployed load after this returns. */
  public void start() {
    Result started = asadmin("start-domain", "domain1");
    if (started.exitCode() != 0) {
      throw new AssertionError("start-domain failed: " + started.output());
    }
  }

  /** Where the application keeps its data (no {@code fer.data.dir} is set in the tests). */
  public Path dataDir() {
    return domainDir.resolve("fer-data");
  }
}
