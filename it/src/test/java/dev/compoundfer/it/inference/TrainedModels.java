package dev.compoundfer.it.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compoundfer.it.Api;
import dev.compoundfer.it.Api.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Two model versions of one tiny experiment (teacher and first increment), trained once per test JVM through the
 * real job and shared by the inference ITs; each test activates the version it needs.
 */
final class TrainedModels {
  /** The teacher's and the increment's version ids. */
  record Versions(long teacher, long increment) {}

  private static Versions versions;

  private TrainedModels() {}

  static synchronized Versions ensure(Api api) throws InterruptedException {
    if (versions != null) {
      return versions;
    }
    Answer created = api.postJson("api/v1/experiments", """
        {"name": "it inference", "subjects": 6, "imageSize": 24, "teacherEpochs": 1, "incrementEpochs": 1,
         "increments": 1, "shots": "1", "fewShotClasses": 1, "device": "cpu", "seed": 5}""");
    assertEquals(201, created.status(), created.body());
    long id = created.object().get("id").getAsLong();
    // Inference needs the two registered models, not the job's later steps (few-shot, report): those are
    // ExperimentJobIT's to check.
    JsonObject done = api.awaitExperiment(id, e -> !List.of("RUNNING", "CREATED", "STOPPING")
        .contains(e.get("status").getAsString()), Duration.ofMinutes(5));
    List<JsonObject> ours = new ArrayList<>();
    for (JsonElement model : api.get("api/v1/models").json().getAsJsonArray()) {
      if (model.getAsJsonObject().get("experimentId").getAsLong() == id) {
        ours.add(model.getAsJsonObject());
      }
    }
    long teacher = stage(ours, "teacher");
    long increment = ours.stream().filter(m -> !m.get("stage").getAsString().equals("teacher")).findFirst()
        .orElseThrow(() -> new AssertionError("no increment model in " + ours + " of " + done)).get("id").getAsLong();
    versions = new Versions(teacher, increment);
    return versions;
  }

  /** Makes a version the active one, failing the test if the server refuses. */
  static void activate(Api api, long version) {
    Answer answer = api.postJson("api/v1/models/" + version + "/activate", "");
    assertEquals(200, answer.status(), answer.body());
  }

  private static long stage(List<JsonObject> models, String stage) {
    return models.stream().filter(m -> m.get("stage").getAsString().equals(stage)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + stage + " model in " + models)).get("id").getAsLong();
  }
}
