package dev.compoundfer.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.compoundfer.core.checkpoint.Checkpoint;
import dev.compoundfer.core.checkpoint.CheckpointFile;
import dev.compoundfer.it.Api;
import dev.compoundfer.it.Api.Answer;
import dev.compoundfer.it.Domain;
import dev.compoundfer.it.inference.Images;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server process dies (kill -9) while the teacher trains; an administrator starts the domain again with
 * asadmin and restarts the experiment. Arquillian only deploys the EAR; the domain it started is killed and started
 * again by the test, and Arquillian stops that domain at the end as usual.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerCrashIT {
  private final Api api = new Api();
  private final Domain domain = new Domain();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("fer.ear")));
  }

  @Test
  void resumesTheTeacherFromItsLastCheckpointEpochAfterTheServerWasKilled() throws Exception {
    Answer created = api.postJson("api/v1/experiments", """
        {"name": "it crash", "subjects": 24, "imageSize": 32, "teacherEpochs": 40, "incrementEpochs": 1,
         "increments": 1, "shots": "1", "fewShotClasses": 1, "device": "cpu", "seed": 5}""");
    assertEquals(201, created.status(), created.body());
    long id = created.object().get("id").getAsLong();
    JsonObject beforeKill = awaitTeacherEpochs(id, 2);
    int epochsReported = beforeKill.getAsJsonObject("progress").get("done").getAsInt();

    domain.killHard();

    Path workDir = domain.dataDir().resolve("experiments").resolve(Long.toString(id));
    int checkpointEpoch = epochsDone(CheckpointFile.read(workDir.resolve("checkpoints/teacher.ckpt")).orElseThrow());
    assertTrue(checkpointEpoch >= epochsReported,
        "every epoch journaled was checkpointed first: " + checkpointEpoch + " < " + epochsReported);
    assertEquals(List.of(), unreadableCheckpoints(workDir), "no checkpoint is half-written or corrupt");

    domain.start();
    awaitApplication();
    JsonObject failed = api.awaitExperiment(id, e -> "FAILED".equals(e.get("status").getAsString()),
        Duration.ofMinutes(2));
    assertTrue(failed.get("failure").getAsString().contains("server stopped"), failed.toString());
    for (String recorded : List.of("name", "sampleCount", "trainSubjects", "validationSubjects", "testSubjects",
        "jobExecutionId")) {
      assertEquals(beforeKill.get(recorded), failed.get(recorded), recorded + " survived the crash");
    }
    for (String time : List.of("createdAt", "startedAt")) {
      // The database keeps microseconds; the view before the crash came from the entity cache (nanoseconds).
      Duration drift = Duration.between(LocalDateTime.parse(beforeKill.get(time).getAsString()),
          LocalDateTime.parse(failed.get(time).getAsString())).abs();
      assertTrue(drift.toMillis() < 1, time + " survived the crash: " + beforeKill.get(time) + " / " + failed.get(time));
    }
    JsonArray runsAfterCrash = api.get("api/v1/experiments/" + id + "/step-runs").json().getAsJsonArray();
    assertEquals("COMPLETED", stepRun(runsAfterCrash, "prepare", 0).get("status").getAsString());
    assertEquals("FAILED", stepRun(runsAfterCrash, "teacher", 0).get("status").getAsString(),
        "the orphaned teacher run is closed: " + runsAfterCrash);

    Answer restart = api.postJson("api/v1/experiments/" + id + "/restart", "");
    assertEquals(200, restart.status(), restart.body());
    JsonObject done = api.awaitExperiment(id, e -> !isActive(e), Duration.ofMinutes(8));

    assertEquals("COMPLETED", done.get("status").getAsString(), done.toString());
    JsonArray runs = api.get("api/v1/experiments/" + id + "/step-runs").json().getAsJsonArray();
    JsonObject resumedTeacher = stepRun(runs, "teacher", 1);
    assertTrue(resumedTeacher.get("jobExecutionId").getAsLong() != failed.get("jobExecutionId").getAsLong(),
        "the restart is a new job execution: " + runs);
    int totalEpochs = done.get("teacherEpochs").getAsInt();
    assertEquals(totalEpochs - checkpointEpoch, resumedTeacher.get("items").getAsInt(),
        "the restart trained only the epochs after checkpoint epoch " + checkpointEpoch + " of " + totalEpochs);
    assertEquals(1, done.getAsJsonArray("increments").size());
    assertEquals(List.of(), unreadableCheckpoints(workDir), "every checkpoint verifies after the resumed run");

    String executions = domain.asadmin("list-batch-job-executions", "--output", "jobname,executionid,batchstatus,exitstatus")
        .output();
    assertTrue(executions.contains("compound-fer"), executions);
    assertTrue(lineOf(executions, failed.get("jobExecutionId").getAsString()).contains("FAILED"),
        "asadmin shows the execution that died as FAILED:\n" + executions);
    assertTrue(lineOf(executions, resumedTeacher.get("jobExecutionId").getAsString()).contains("COMPLETED"),
        "asadmin shows the restart COMPLETED:\n" + executions);
    String jobs = domain.asadmin("list-batch-jobs").output();
    assertTrue(jobs.contains("compound-fer"), "asadmin lists the job:\n" + jobs);

    restoresTheActiveModelAfterARestart(id);
  }

  /**
   * An admin activates the experiment's increment model (not the teacher, which became active on its own as the first
   * model registered); after a restart of the server the same version is active and answers recognitions.
   */
  private void restoresTheActiveModelAfterARestart(long experimentId) throws Exception {
    long increment = api.get("api/v1/models").json().getAsJsonArray().asList().stream()
        .map(JsonElement::getAsJsonObject)
        .filter(m -> m.get("experimentId").getAsLong() == experimentId && !"teacher".equals(m.get("stage").getAsString()))
        .findFirst().orElseThrow(() -> new AssertionError("no increment model registered")).get("id").getAsLong();
    Answer activated = api.postJson("api/v1/models/" + increment + "/activate", "");
    assertEquals(200, activated.status(), activated.body());

    Domain.Result restarted = domain.asadmin("restart-domain", "domain1");
    assertEquals(0, restarted.exitCode(), restarted.output());
    awaitApplication();

    JsonObject active = api.get("api/v1/models").json().getAsJsonArray().asList().stream()
        .map(JsonElement::getAsJsonObject).filter(m -> m.get("active").getAsBoolean()).findFirst()
        .orElseThrow(() -> new AssertionError("no active model after the restart"));
    assertEquals(increment, active.get("id").getAsLong(), "the active version survived the restart: " + active);
    Answer recognised = api.postBytes("api/v1/recognitions", "image/png", Images.face("png", 32, 1));
    assertEquals(200, recognised.status(), recognised.body());
    assertEquals(increment, recognised.object().get("modelVersion").getAsLong(), recognised.body());
  }

  private JsonObject awaitTeacherEpochs(long id, int epochs) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    JsonObject last = null;
    while (System.nanoTime() < deadline) {
      last = api.get("api/v1/experiments/" + id).object();
      JsonObject progress = last.getAsJsonObject("progress");
      if ("teacher".equals(progress.get("phase").getAsString()) && progress.get("done").getAsInt() >= epochs) {
        return last;
      }
      assertTrue(isActive(last), "the experiment ended before its teacher trained: " + last);
      Thread.sleep(100);
    }
    throw new AssertionError("The teacher did not train " + epochs + " epochs in time; last state: " + last);
  }

  /** Waits until the restarted domain has loaded the application again. */
  private void awaitApplication() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (api.get("api/v1/experiments").status() == 200) {
          return;
        }
      } catch (UncheckedIOException notYetListening) {
        // the HTTP listener is not up yet
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("The application did not come back after start-domain");
  }

  private static int epochsDone(Checkpoint checkpoint) {
    return JsonParser.parseString(checkpoint.metadata()).getAsJsonObject().get("epochsDone").getAsInt();
  }

  /** Checkpoint files that fail their SHA-256 check or cannot be read (temporary files are not checkpoints). */
  private static List<String> unreadableCheckpoints(Path workDir) throws IOException {
    try (Stream<Path> files = Files.walk(workDir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".ckpt")).filter(f -> {
        try {
          CheckpointFile.read(f);
          return false;
        } catch (RuntimeException e) {
          return true;
        }
      }).map(Path::toString).toList();
    }
  }

  /** The {@code index}-th run of the step, oldest first. */
  private static JsonObject stepRun(JsonArray runs, String step, int index) {
    return runs.asList().stream()
        .map(JsonElement::getAsJsonObject)
        .filter(r -> step.equals(r.get("step").getAsString()))
        .skip(index)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No run " + index + " of step " + step + ": " + runs));
  }

  private static String lineOf(String output, String executionId) {
    return output.lines()
        .filter(line -> line.contains("compound-fer") && List.of(line.trim().split("\\s+")).contains(executionId))
        .findFirst()
        .orElse("");
  }

  private static boolean isActive(JsonObject experiment) {
    String status = experiment.get("status").getAsString();
    return status.equals("RUNNING") || status.equals("CREATED") || status.equals("STOPPING");
  }
}
