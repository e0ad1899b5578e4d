package dev.compoundfer.it.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.it.Api;
import dev.compoundfer.it.remote.RemoteRecognitionClient;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Another JVM calls the remote view over IIOP, as a separate application would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemoteRecognitionIT {
  private final Api api = new Api();
  @TempDir Path dir;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("fer.ear")));
  }

  /** An IIOP caller of role fer-client in the file realm (the realm CSIv2 logins are checked against). */
  static final String USER = "remote-client";
  static final String PASSWORD = "remote-client-password-0";

  @BeforeAll
  static void remoteUser() throws Exception {
    Path passwords = Files.createTempFile("fer-it", ".txt");
    Files.writeString(passwords, "AS_ADMIN_USERPASSWORD=" + PASSWORD + "\n");
    Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
    // Exit code ignored on purpose: the user may exist from an earlier class; the calls below prove it works.
    new ProcessBuilder(asadmin.toString(), "create-file-user", "--groups", "fer-client", "--passwordfile",
        passwords.toString(), USER).redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start()
        .waitFor(2, TimeUnit.MINUTES);
    Files.delete(passwords);
  }

  @Test
  void anotherJvmWithoutAUserIsDenied() throws Exception {
    TrainedModels.activate(api, TrainedModels.ensure(api).teacher());
    Path image = dir.resolve("face.png");
    Files.write(image, Images.face("png", 40, 7));

    List<String> lines = runClient(image, List.of());

    assertTrue(lines.stream().anyMatch(l -> l.startsWith("failed type=NamingException")), String.join("\n", lines));
    assertTrue(String.join("\n", lines).contains("NO_PERMISSION"), String.join("\n", lines));
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("single ")), "no answer without a user");
  }

  @Test
  void anotherJvmRecognisesAnImageAndABatchThroughTheRemoteView() throws Exception {
    long version = TrainedModels.ensure(api).teacher();
    TrainedModels.activate(api, version);
    Path image = dir.resolve("face.png");
    Files.write(image, Images.face("png", 40, 7));

    List<String> lines = runClient(image, List.of(USER, PASSWORD));

    assertTrue(lines.stream().anyMatch(l -> l.startsWith("single label=") && l.contains(" version=" + version + " ")
        && l.contains("cropped=false")), String.join("\n", lines));
    assertTrue(lines.contains("batch size=2 labels=" + label(lines) + "," + label(lines)), String.join("\n", lines));
  }

  @Test
  void anotherJvmGetsTheTypedExceptionForBytesThatAreNoImage() throws Exception {
    TrainedModels.activate(api, TrainedModels.ensure(api).teacher());
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "this is not a picture");

    List<String> lines = runClient(text, List.of(USER, PASSWORD));

    assertTrue(lines.stream().anyMatch(l -> l.startsWith("refused type=UnreadableImageException reason=NOT_AN_IMAGE")),
        String.join("\n", lines));
  }

  private static String label(List<String> lines) {
    String single = lines.stream().filter(l -> l.startsWith("single ")).findFirst().orElseThrow();
    return single.substring(single.indexOf("label=") + 6, single.indexOf(' ', single.indexOf("label=")));
  }

  /** Runs the example client in a new JVM from inside the Payara installation, as its documentation says. */
  private List<String> runClient(Path image, List<String> credentials) throws IOException, InterruptedException {
    Path lib = Path.of(System.getProperty("payara.home"), "glassfish", "lib");
    String classpath = String.join(File.pathSeparator, lib.resolve("gf-client.jar").toString(),
        System.getProperty("fer.ejb.client"), System.getProperty("fer.it.classes"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // The ORB reflects into the JDK: java.lang is the documented one (FISH-6027), java.io came next on
        // 6.2025.9; the rest are the server's own opens, for the same ORB and naming code.
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/jdk.internal.loader=ALL-UNNAMED",
        "--add-opens=java.naming/javax.naming.spi=ALL-UNNAMED", "--add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED",
        "--add-opens=java.management/javax.management=ALL-UNNAMED",
        "--add-opens=java.management/javax.management.openmbean=ALL-UNNAMED",
        "--add-opens=java.logging/java.util.logging=ALL-UNNAMED",
        // The JAAS configuration ProgrammaticLogin uses in a client JVM.
        "-Djava.security.auth.login.config=" + lib.resolve("appclient").resolve("appclientlogin.conf"),
        "-cp", classpath, RemoteRecognitionClient.class.getName(), "localhost", "3700", image.toString()));
    command.addAll(credentials);
    Path log = dir.resolve("client.log");
    Process client = new ProcessBuilder(command).directory(lib.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean ended = client.waitFor(3, TimeUnit.MINUTES);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (!ended) {
      client.destroyForcibly();
    }
    assertTrue(ended, "the client ends within 3 minutes:\n" + output);
    assertEquals(0, client.exitValue(), output);
    return output.lines().toList();
  }
}
