package dev.compoundfer.it.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compoundfer.it.Api;
import dev.compoundfer.it.Api.Answer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vertical slice through the deployed EAR: job, persistence, report, model registry, inference, console. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExperimentJobIT {
  private final Api api = new Api();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("fer.ear")));
  }

  @Test
  void runsTheProtocolOnATinySyntheticDatasetAndServesTheTrainedModel() throws Exception {
    Answer created = api.postJson("api/v1/experiments", """
        {"name": "it slice", "subjects": 9, "imageSize": 24, "teacherEpochs": 2, "incrementEpochs": 1,
         "increments": 2, "device": "cpu", "seed": 7}""");
    assertEquals(201, created.status(), created.body());
    long id = created.object().get("id").getAsLong();

    JsonObject done = api.awaitExperiment(id, e -> !isActive(e), Duration.ofMinutes(8));

    assertEquals("COMPLETED", done.get("status").getAsString(), done.toString());
    assertEquals(9 * 22, done.get("sampleCount").getAsInt(), "one image per subject and class");
    assertEquals(9, done.get("trainSubjects").getAsInt() + done.get("validationSubjects").getAsInt()
        + done.get("testSubjects").getAsInt());
    assertFraction(done.get("teacherAccuracy"));
    assertFraction(done.get("overallAccuracy"));
    JsonArray increments = done.getAsJsonArray("increments");
    assertEquals(2, increments.size(), "one row per learned compound class");
    assertEquals(1, increments.get(0).getAsJsonObject().get("step").getAsInt());
    assertEquals(100.0, done.getAsJsonObject("progress").get("percent").getAsDouble(), 1e-9);
    Path report = Path.of(done.get("reportPath").getAsString());
    assertTrue(Files.size(report) > 1000, "the Excel report is written: " + report);

    JsonArray cells = api.get("api/v1/experiments/" + id + "/accuracy-matrix").json().getAsJsonArray();
    assertEquals(6 + 7 + 8, cells.size(), "acc[step][class] for the teacher and two increments");
    JsonArray replay = api.get("api/v1/experiments/" + id + "/replay-set").json().getAsJsonArray();
    Set<String> replayClasses = new HashSet<>();
    replay.forEach(r -> replayClasses.add(r.getAsJsonObject().get("expression").getAsString()));
    assertEquals(Set.of("happy", "sad", "angry", "surprised", "disgusted", "fearful"), replayClasses,
        "a replay set per basic class");

    JsonArray models = api.get("api/v1/models").json().getAsJsonArray();
    assertTrue(models.size() >= 3, "teacher and two increments are registered: " + models);

    Answer recognition = api.postBytes("api/v1/recognitions", "image/png", png());
    assertEquals(200, recognition.status(), recognition.body());
    JsonObject answer = recognition.object();
    Set<String> classes = new HashSet<>(answer.getAsJsonObject("probabilities").keySet());
    assertTrue(classes.contains(answer.get("label").getAsString()), answer.toString());
    double sum = answer.getAsJsonObject("probabilities").entrySet().stream()
        .mapToDouble(entry -> entry.getValue().getAsDouble()).sum();
    assertEquals(1.0, sum, 1e-3, "probabilities sum to one");

    Answer console = api.page("index.xhtml");
    assertEquals(200, console.status());
    assertTrue(console.body().contains("it slice"), "the console lists the experiment");

    Api.Download download = Api.user("it-report-reader", "it-report-reader-password", "fer-manager")
        .download("api/v1/experiments/" + id + "/report");
    assertEquals(200, download.status(), "a manager downloads the report");
    assertTrue(download.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      assertEquals("it slice", workbook.getSheet("Summary").getRow(4).getCell(1).getStringCellValue());
      for (int step = 0; step <= 2; step++) {
        assertEquals(step, workbook.getSheet("Accuracy matrix").getRow(step + 1).getCell(0).getNumericCellValue(),
            "the teacher and both increments are rows of the matrix");
      }
      assertEquals(1, workbook.getSheet("Step accuracy").getDrawingPatriarch().getCharts().size());
    }
  }

  @Test
  void resumesAStoppedExperimentAtTheNextIncrementWithoutLearningAClassTwice() throws Exception {
    Answer created = api.postJson("api/v1/experiments", """
        {"name": "it stop and restart", "subjects": 9, "imageSize": 24, "teacherEpochs": 1, "incrementEpochs": 10,
         "increments": 15, "device": "cpu", "seed": 11}""");
    assertEquals(201, created.status(), created.body());
    long id = created.object().get("id").getAsLong();
    api.awaitExperiment(id, e -> e.getAsJsonArray("increments").size() >= 1, Duration.ofMinutes(5));

    Answer stop = api.postJson("api/v1/experiments/" + id + "/stop", "");
    assertEquals(200, stop.status(), stop.body());
    JsonObject stopped = api.awaitExperiment(id, e -> !isActive(e), Duration.ofMinutes(5));
    assertEquals("STOPPED", stopped.get("status").getAsString(), stopped.toString());
    JsonArray before = stopped.getAsJsonArray("increments");
    assertTrue(before.size() < 15, "stopped before the end: " + before.size());

    Answer restart = api.postJson("api/v1/experiments/" + id + "/restart", "");
    assertEquals(200, restart.status(), restart.body());
    JsonObject done = api.awaitExperiment(id, e -> !isActive(e), Duration.ofMinutes(8));

    assertEquals("COMPLETED", done.get("status").getAsString(), done.toString());
    JsonArray after = done.getAsJsonArray("increments");
    assertEquals(15, after.size(), "every compound class learned exactly once");
    for (int step = 0; step < after.size(); step++) {
      assertEquals(step + 1, after.get(step).getAsJsonObject().get("step").getAsInt());
    }
    for (int step = 0; step < before.size(); step++) {
      assertEquals(before.get(step), after.get(step), "increment " + (step + 1) + " was not learned again");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "teacherEpochs | {\"name\": \"bad\", \"teacherEpochs\": -1}",
      "backbone      | {\"name\": \"bad\", \"backbone\": \"resnet9000\"}",
      "dataset       | {\"name\": \"bad\", \"dataset\": \"/no/such/manifest.csv\"}",
      "increments    | {\"name\": \"bad\", \"increments\": 0}"})
  void refusesABadParameterWithoutStartingAJob(String parameter, String body) {
    int before = api.get("api/v1/experiments").json().getAsJsonArray().size();

    Answer refused = api.postJson("api/v1/experiments", body);

    assertEquals(400, refused.status(), refused.body());
    assertEquals(parameter, refused.object().get("parameter").getAsString());
    assertTrue(refused.object().get("detail").getAsString().contains(parameter), refused.body());
    assertEquals(before, api.get("api/v1/experiments").json().getAsJsonArray().size(), "no experiment stored");
  }

  @Test
  void answersBytesThatAreNoImageWithAProblemNotAStackTrace() {
    Answer answer = api.postBytes("api/v1/recognitions", "image/jpeg", "this is not a picture".getBytes());

    assertTrue(answer.status() == 400 || answer.status() == 503, answer.body());
    assertTrue(answer.body().contains("\"title\""), answer.body());
    assertTrue(!answer.body().contains("at dev.compoundfer"), "no stack trace: " + answer.body());
  }

  private static boolean isActive(JsonObject experiment) {
    String status = experiment.get("status").getAsString();
    return status.equals("RUNNING") || status.equals("CREATED") || status.equals("STOPPING");
  }

  private static void assertFraction(JsonElement value) {
    double v = value.getAsDouble();
    assertTrue(v >= 0 && v <= 1, "a fraction in 0..1: " + v);
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(210, 170, 140));
    g.fillOval(8, 4, 48, 56);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(20, 22, 6, 4);
    g.fillOval(38, 22, 6, 4);
    g.drawArc(22, 38, 20, 10, 180, 180);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
