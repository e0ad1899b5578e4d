package dev.compoundfer.it.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.compoundfer.it.Api;
import dev.compoundfer.it.Api.Answer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job's optional pretrain step through the deployed EAR: a tiny experiment pretrains an action-unit backbone,
 * is stopped in the middle of it and restarted, registers the backbone, and its teacher starts from it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PretrainStepIT {
  private static final int PRETRAIN_EPOCHS = 8;
  private static final int SUBJECTS = 9;

  private final Api api = new Api();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("fer.ear")));
  }

  @Test
  void pretrainsAnActionUnitBackboneResumesItAfterAStopAndTheTeacherStartsFromTheRegisteredBackbone()
      throws Exception {
    Answer created = api.postJson("api/v1/experiments", """
        {"name": "it pretrain", "subjects": %d, "imageSize": 24, "teacherEpochs": 1, "incrementEpochs": 1,
         "increments": 1, "shots": [1], "fewShotClasses": 1, "device": "cpu", "seed": 5,
         "pretrainMethod": "au", "pretrainData": "synthetic", "pretrainEpochs": %d}"""
        .formatted(SUBJECTS, PRETRAIN_EPOCHS));
    assertEquals(201, created.status(), created.body());
    long id = created.object().get("id").getAsLong();

    JsonObject pretraining = awaitPretrainEpoch(id);
    Answer stop = api.postJson("api/v1/experiments/" + id + "/stop", "");
    assertEquals(200, stop.status(), stop.body());
    JsonObject stopped = api.awaitExperiment(id, e -> !isActive(e), Duration.ofMinutes(3));
    assertEquals("STOPPED", stopped.get("status").getAsString(), stopped.toString());
    assertEquals(null, pretrainedBackbone(stopped), "no backbone before the last epoch");
    Answer restart = api.postJson("api/v1/experiments/" + id + "/restart", "");
    assertEquals(200, restart.status(), restart.body());
    JsonObject done = api.awaitExperiment(id, e -> !isActive(e), Duration.ofMinutes(5));

    assertEquals("COMPLETED", done.get("status").getAsString(), done.toString());
    JsonObject progress = pretraining.getAsJsonObject("progress");
    assertTrue(progress.get("detail").getAsString().startsWith("au epoch "), progress.toString());
    assertEquals(PRETRAIN_EPOCHS, progress.get("total").getAsInt(), progress.toString());
    assertTrue(progress.get("imagesPerSecond").getAsDouble() > 0, progress.toString());
    assertTrue(progress.get("etaSeconds").getAsLong() >= 0, progress.toString());

    List<JsonObject> runs = new ArrayList<>();
    api.get("api/v1/experiments/" + id + "/step-runs").json().getAsJsonArray()
        .forEach(r -> runs.add(r.getAsJsonObject()));
    assertEquals(List.of("prepare", "pretrain", "pretrain", "teacher", "distill", "continual", "fewshot", "report"),
        runs.stream().map(r -> r.get("step").getAsString()).toList(), runs.toString());
    JsonObject stoppedRun = runs.get(1);
    JsonObject resumedRun = runs.get(2);
    assertEquals("STOPPED", stoppedRun.get("status").getAsString(), stoppedRun.toString());
    assertEquals("COMPLETED", resumedRun.get("status").getAsString(), resumedRun.toString());
    assertTrue(stoppedRun.get("items").getAsInt() >= 1, stoppedRun.toString());
    assertEquals(PRETRAIN_EPOCHS, stoppedRun.get("items").getAsInt() + resumedRun.get("items").getAsInt(),
        "the restart resumed after the last checkpointed epoch, no epoch ran twice: " + runs);

    Long backboneId = pretrainedBackbone(done);
    assertTrue(backboneId != null, "the teacher's backbone is recorded: " + done);
    JsonObject backbone = api.get("api/v1/backbones/" + backboneId).object();
    assertEquals("au", backbone.get("method").getAsString());
    assertEquals("small-flat", backbone.get("backbone").getAsString());
    assertEquals(24, backbone.get("imageSize").getAsInt());
    Path parameters = Path.of(backbone.get("path").getAsString()).resolve("backbone.params");
    assertEquals(sha256(Files.readAllBytes(parameters)), backbone.get("sha256").getAsString(),
        "the registered checksum is the file's");
    JsonObject provenance =
        JsonParser.parseString(backbone.get("provenance").getAsString()).getAsJsonObject().getAsJsonObject("provenance");
    assertEquals(PRETRAIN_EPOCHS, provenance.get("epochs").getAsInt());
    assertEquals(PRETRAIN_EPOCHS, provenance.getAsJsonArray("epochLosses").size(), "a loss for every epoch");
    assertEquals(SUBJECTS * 22, provenance.get("images").getAsInt(), "every subject in every class");
    assertTrue(provenance.get("dataset").getAsString().startsWith("synthetic(subjects=9, seed=6,"),
        "faces of other identities than the experiment's (seed 5): " + provenance);
    assertTrue(provenance.get("imagesPerSecond").getAsDouble() > 0, provenance.toString());
    assertTrue(provenance.get("seconds").getAsDouble() > 0, provenance.toString());
    assertTrue(done.get("teacherAccuracy").getAsDouble() >= 0, done.toString());
  }

  @Test
  void refusesPretrainingParametersTheStepCannotRunNamingTheParameter() {
    int before = api.get("api/v1/experiments").json().getAsJsonArray().size();

    Answer unknownMethod = api.postJson("api/v1/experiments", "{\"name\": \"bad\", \"pretrainMethod\": \"byol\"}");
    Answer auOnAFolder = api.postJson("api/v1/experiments",
        "{\"name\": \"bad\", \"pretrainMethod\": \"au\", \"pretrainData\": \"/tmp\"}");
    Answer missingFolder = api.postJson("api/v1/experiments",
        "{\"name\": \"bad\", \"pretrainMethod\": \"simclr\", \"pretrainData\": \"/no/such/folder\"}");
    Answer bothBackbones = api.postJson("api/v1/experiments",
        "{\"name\": \"bad\", \"pretrainMethod\": \"au\", \"pretrained\": 1}");

    assertRefused(unknownMethod, "pretrainMethod");
    assertRefused(auOnAFolder, "pretrainData");
    assertRefused(missingFolder, "pretrainData");
    assertRefused(bothBackbones, "pretrainMethod");
    assertEquals(before, api.get("api/v1/experiments").json().getAsJsonArray().size(), "no experiment stored");
  }

  private static void assertRefused(Answer answer, String parameter) {
    assertEquals(400, answer.status(), answer.body());
    assertEquals(parameter, answer.object().get("parameter").getAsString(), answer.body());
  }

  /**
   * Polls often (an epoch of this tiny run takes a fraction of a second) until the pretrain step reported its first
   * finished epoch, and fails if the job got past the step before.
   */
  private JsonObject awaitPretrainEpoch(long id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    JsonObject last = null;
    while (System.nanoTime() < deadline) {
      last = api.get("api/v1/experiments/" + id).object();
      JsonObject progress = last.getAsJsonObject("progress");
      String phase = progress.get("phase").getAsString();
      if ("pretrain".equals(phase) && progress.get("done").getAsInt() >= 1) {
        return last;
      }
      assertTrue(List.of("waiting", "prepare", "pretrain").contains(phase) && isActive(last),
          "the pretrain step was not seen before the job went on: " + last);
      Thread.sleep(50);
    }
    throw new AssertionError("No pretrain epoch finished within 3 minutes: " + last);
  }

  private static Long pretrainedBackbone(JsonObject experiment) {
    JsonElement id = experiment.get("pretrainedBackbone");
    return id == null || id.isJsonNull() ? null : id.getAsLong();
  }

  private static boolean isActive(JsonObject experiment) {
    String status = experiment.get("status").getAsString();
    return status.equals("CREATED") || status.equals("RUNNING") || status.equals("STOPPING");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
