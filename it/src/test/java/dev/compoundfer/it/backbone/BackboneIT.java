package dev.compoundfer.it.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.compoundfer.it.Api;
import dev.compoundfer.it.Api.Answer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pretrained backbones through the deployed EAR: registering an artifact folder (checksum verified by the server),
 * listing it, and choosing it when creating an experiment. The parameter file holds random bytes: registration and
 * the experiment checks read only the checksum and the provenance; loading real weights is tested in core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackboneIT {
  private final Api api = new Api();

  @TempDir Path dir;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("fer.ear")));
  }

  @Test
  void registersAnArtifactFolderAndListsItWithItsProvenance() throws Exception {
    Path artifact = artifact("registered", 24);

    Answer registered = api.postJson("api/v1/backbones", "{\"path\": \"" + artifact + "\"}");

    assertEquals(201, registered.status(), registered.body());
    long id = registered.object().get("id").getAsLong();
    JsonArray listed = api.get("api/v1/backbones").json().getAsJsonArray();
    JsonObject row = null;
    for (var element : listed) {
      if (element.getAsJsonObject().get("id").getAsLong() == id) {
        row = element.getAsJsonObject();
      }
    }
    assertTrue(row != null, "listed: " + listed);
    assertEquals("au", row.get("method").getAsString());
    assertEquals("small-flat", row.get("backbone").getAsString());
    assertEquals(24, row.get("imageSize").getAsInt());
    assertEquals(sha256(Files.readAllBytes(artifact.resolve("backbone.params"))), row.get("sha256").getAsString());
    assertTrue(row.get("provenance").getAsString().contains("\"epochLosses\""), row.toString());
  }

  @Test
  void refusesAnArtifactWhoseFileNoLongerMatchesItsChecksum() throws Exception {
    Path artifact = artifact("tampered", 24);
    Files.write(artifact.resolve("backbone.params"), new byte[] {1, 2, 3});

    Answer refused = api.postJson("api/v1/backbones", "{\"path\": \"" + artifact + "\"}");

    assertEquals(400, refused.status(), refused.body());
    assertEquals("path", refused.object().get("parameter").getAsString());
    assertTrue(refused.object().get("detail").getAsString().contains("Checksum mismatch"), refused.body());
  }

  @Test
  void refusesAnExperimentWithAnUnknownOrUnfittingBackboneNamingTheParameter() throws Exception {
    Answer registered = api.postJson("api/v1/backbones", "{\"path\": \"" + artifact("fit", 24) + "\"}");
    long id = registered.object().get("id").getAsLong();
    int before = api.get("api/v1/experiments").json().getAsJsonArray().size();

    Answer unknown = api.postJson("api/v1/experiments", "{\"name\": \"bad\", \"pretrained\": 987654321}");
    Answer otherSize = api.postJson("api/v1/experiments",
        "{\"name\": \"bad\", \"imageSize\": 32, \"backbone\": \"small-flat\", \"pretrained\": " + id + "}");

    assertEquals(400, unknown.status(), unknown.body());
    assertEquals("pretrained", unknown.object().get("parameter").getAsString());
    assertEquals(400, otherSize.status(), otherSize.body());
    assertEquals("pretrained", otherSize.object().get("parameter").getAsString());
    assertTrue(otherSize.object().get("detail").getAsString().contains("24 px"), otherSize.body());
    assertEquals(before, api.get("api/v1/experiments").json().getAsJsonArray().size(), "no experiment stored");
  }

  /** An artifact folder as {@code lab pretrain} writes it, with random parameter bytes. */
  private Path artifact(String name, int imageSize) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    byte[] parameters = new byte[256];
    new Random(name.hashCode()).nextBytes(parameters);
    Files.write(folder.resolve("backbone.params"), parameters);
    String json = """
        {"file": "backbone.params", "sha256": "%s", "provenance": {"method": "au", "backbone": "small-flat",
         "imageSize": %d, "channels": 1, "dataset": "synthetic(subjects=3, seed=7, difficulty=1.0)", "images": 66,
         "epochs": 1, "batchSize": 32, "learningRate": 0.001, "seconds": 1.5, "imagesPerSecond": 44.0,
         "epochLosses": [0.2], "createdAt": "2026-11-30T04:00:00Z"}}
        """.formatted(sha256(parameters), imageSize);
    Files.writeString(folder.resolve("backbone.json"), json, StandardCharsets.UTF_8);
    return folder;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
