package dev.compoundfer.it.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
         "increments": 2, "shots": [1], "fewShotClasses": 2, "fewShotThreads": 2, "device": "cpu", "seed": 7}""");
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

    JsonArray fewShot = api.get("api/v1/experiments/" + id + "/few-shot").json().getAsJsonArray();
    assertEquals(2, fewShot.size(), "one episode per compound class and shot count: " + fewShot);
    Set<String> episodeClasses = new HashSet<>();
    for (JsonElement e : fewShot) {
      JsonObject episode = e.getAsJsonObject();
      episodeClasses.add(episode.get("compound").getAsString());
      assertEquals(1, episode.get("shots").getAsInt());
      assertEquals(7, episode.get("seed").getAsLong(), "the experiment's seed chose the shots");
      assertFraction(episode.get("sevenWayAccuracy"));
      assertFraction(episode.get("newClassRecall"));
      assertTrue(episode.get("epochs").getAsInt() >= 1, episode.toString());
    }
    assertEquals(Set.of("happily_surprised", "happily_disgusted"), episodeClasses,
        "the first compound classes in canonical order");

    int testSubjects = done.get("testSubjects").getAsInt();
    JsonArray confusion = api.get("api/v1/experiments/" + id + "/confusion-matrices").json().getAsJsonArray();
    assertEquals(3, confusion.size(), "the teacher's and each increment's confusion matrix");
    for (int step = 0; step < 3; step++) {
      JsonObject matrix = confusion.get(step).getAsJsonObject();
      int classCount = 6 + step;
      assertEquals(step, matrix.get("step").getAsInt());
      assertEquals(classCount, matrix.getAsJsonArray("classes").size());
      int images = 0;
      for (JsonElement row : matrix.getAsJsonArray("counts")) {
        assertEquals(classCount, row.getAsJsonArray().size(), "square: " + matrix);
        for (JsonElement count : row.getAsJsonArray()) {
          images += count.getAsInt();
        }
      }
      assertEquals(testSubjects * classCount, images, "one test image per test subject and known class");
    }

    JsonArray runs = api.get("api/v1/experiments/" + id + "/step-runs").json().getAsJsonArray();
    List<String> steps = new ArrayList<>();
    for (JsonElement r : runs) {
      JsonObject run = r.getAsJsonObject();
      steps.add(run.get("step").getAsString());
      assertEquals("COMPLETED", run.get("status").getAsString(), run.toString());
      assertEquals(done.get("jobExecutionId").getAsLong(), run.get("jobExecutionId").getAsLong());
      assertTrue(run.get("seconds").getAsDouble() >= 0, run.toString());
    }
    assertEquals(List.of("prepare", "teacher", "distill", "continual", "fewshot", "report"), steps);
    assertEquals(done.get("teacherEpochs").getAsInt(), runs.get(1).getAsJsonObject().get("items").getAsInt(),
        "one teacher chunk item per epoch");
    assertEquals(2, runs.get(3).getAsJsonObject().get("items").getAsInt(), "one continual item per increment");

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
      assertMeasuredSheets(workbook, testSubjects);
    }
  }

  /** The few-shot, per-class and confusion sheets hold the job's numbers (the run learned 2 compounds, 1 shot). */
  private static void assertMeasuredSheets(XSSFWorkbook workbook, int testSubjects) {
    for (String name : List.of("Few-shot", "Per-class report", "Confusion matrices")) {
      assertTrue(!"Not measured".equals(workbook.getSheet(name).getRow(0).getCell(0).getStringCellValue()),
          name + " is measured");
    }
    XSSFSheet fewShot = workbook.getSheet("Few-shot");
    assertEquals(2, fewShot.getLastRowNum(), "a header and one row per compound class and shot count");
    Set<String> compounds = new HashSet<>();
    for (int r = 1; r <= 2; r++) {
      Row row = fewShot.getRow(r);
      compounds.add(row.getCell(0).getStringCellValue());
      assertEquals(1, row.getCell(1).getNumericCellValue(), "shots");
      assertEquals(1, row.getCell(2).getNumericCellValue(), "episodes");
      assertFraction(row.getCell(3).getNumericCellValue());
      assertFraction(row.getCell(4).getNumericCellValue());
    }
    assertEquals(Set.of("happily_surprised", "happily_disgusted"), compounds);

    XSSFSheet perClass = workbook.getSheet("Per-class report");
    assertEquals(8, perClass.getLastRowNum(), "the last model's six basic and two compound classes");
    double support = 0;
    for (int r = 1; r <= 8; r++) {
      Row row = perClass.getRow(r);
      for (int c = 1; c <= 3; c++) {
        assertFraction(row.getCell(c).getNumericCellValue());
      }
      support += row.getCell(4).getNumericCellValue();
    }
    assertEquals(testSubjects * 8, support, 1e-9, "one test image per test subject and class");

    XSSFSheet confusion = workbook.getSheet("Confusion matrices");
    List<String> titles = new ArrayList<>();
    double images = 0;
    for (Row row : confusion) {
      Cell first = row.getCell(0);
      if (row.getCell(1) == null && first != null) {
        titles.add(first.getStringCellValue());
      } else if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
        for (int c = 1; c < row.getLastCellNum(); c++) {
          images += row.getCell(c).getNumericCellValue();
        }
      }
    }
    assertEquals(List.of("Teacher (step 0)", "After step 1", "After step 2"), titles);
    assertEquals(testSubjects * (6 + 7 + 8), images, 1e-9, "every test image of each model is counted once");
  }

  @Test
  void resumesAStoppedExperimentAtTheNextIncrementAndEndsAsAnUninterruptedRunWithTheSameSeed() throws Exception {
    String parameters = """
        "subjects": 9, "imageSize": 24, "teacherEpochs": 1, "incrementEpochs": 3, "increments": 4,
        "shots": "1", "fewShotClasses": 1, "device": "cpu", "seed": 11}""";
    Answer created = api.postJson("api/v1/experiments", "{\"name\": \"it stop and restart\", " + parameters);
    assertEquals(201, created.status(), created.body());
    long id = created.object().get("id").getAsLong();
    api.awaitExperiment(id, e -> e.getAsJsonArray("increments").size() >= 1, Duration.ofMinutes(5));

    Answer stop = api.postJson("api/v1/experiments/" + id + "/stop", "");
    assertEquals(200, stop.status(), stop.body());
    JsonObject stopped = api.awaitExperiment(id, e -> !isActive(e), Duration.ofMinutes(5));
    assertEquals("STOPPED", stopped.get("status").getAsString(), stopped.toString());
    JsonArray before = stopped.getAsJsonArray("increments");
    assertTrue(before.size() < 4, "stopped before the end: " + before.size());

    Answer restart = api.postJson("api/v1/experiments/" + id + "/restart", "");
    assertEquals(200, restart.status(), restart.body());
    JsonObject done = api.awaitExperiment(id, e -> !isActive(e), Duration.ofMinutes(8));

    assertEquals("COMPLETED", done.get("status").getAsString(), done.toString());
    JsonArray after = done.getAsJsonArray("increments");
    assertEquals(4, after.size(), "every compound class learned exactly once");
    for (int step = 0; step < after.size(); step++) {
      assertEquals(step + 1, after.get(step).getAsJsonObject().get("step").getAsInt());
    }
    for (int step = 0; step < before.size(); step++) {
      assertEquals(before.get(step), after.get(step), "increment " + (step + 1) + " was not learned again");
    }

    Answer twin = api.postJson("api/v1/experiments", "{\"name\": \"it uninterrupted twin\", " + parameters);
    long twinId = twin.object().get("id").getAsLong();
    JsonObject uninterrupted = api.awaitExperiment(twinId, e -> !isActive(e), Duration.ofMinutes(8));
    assertEquals("COMPLETED", uninterrupted.get("status").getAsString(), uninterrupted.toString());
    for (String metric : List.of("teacherAccuracy", "overallAccuracy", "averageForgetting", "backwardTransfer")) {
      assertEquals(uninterrupted.get(metric), done.get(metric), metric + " of the stopped and restarted run");
    }
    for (int step = 0; step < 4; step++) {
      JsonObject resumed = after.get(step).getAsJsonObject();
      JsonObject straight = uninterrupted.getAsJsonArray("increments").get(step).getAsJsonObject();
      for (String field : List.of("learnedClass", "accuracyAllSeen", "newClassAccuracy", "oldClassAccuracy", "epochs")) {
        assertEquals(straight.get(field), resumed.get(field), field + " of increment " + (step + 1));
      }
    }
    assertEquals(api.get("api/v1/experiments/" + twinId + "/accuracy-matrix").json(),
        api.get("api/v1/experiments/" + id + "/accuracy-matrix").json(), "acc[step][class] cell by cell");
  }

  @Test
  void runsTwoExperimentsAtTheSameTimeEachIntoItsOwnRecords() throws Exception {
    long first = startTiny("it together 1", 21, "kd_psmr");
    // The second learns with our method: distillation of the model before each increment, few-shot with replay.
    long second = startTiny("it together 2", 22, "kd_prev_psmr");

    JsonObject one = api.awaitExperiment(first, e -> !isActive(e), Duration.ofMinutes(8));
    JsonObject two = api.awaitExperiment(second, e -> !isActive(e), Duration.ofMinutes(8));

    for (JsonObject done : List.of(one, two)) {
      assertEquals("COMPLETED", done.get("status").getAsString(), done.toString());
      long id = done.get("id").getAsLong();
      assertEquals(1, done.getAsJsonArray("increments").size(), done.toString());
      assertEquals(6 + 7, api.get("api/v1/experiments/" + id + "/accuracy-matrix").json().getAsJsonArray().size());
      assertEquals(1, api.get("api/v1/experiments/" + id + "/few-shot").json().getAsJsonArray().size());
      assertEquals(2, api.get("api/v1/experiments/" + id + "/confusion-matrices").json().getAsJsonArray().size());
      long models = api.get("api/v1/models").json().getAsJsonArray().asList().stream()
          .filter(m -> m.getAsJsonObject().get("experimentId").getAsLong() == id)
          .count();
      assertEquals(2, models, "the teacher and one increment of experiment " + id);
    }
    assertEquals("kd_psmr", one.get("method").getAsString());
    assertEquals("kd_prev_psmr", two.get("method").getAsString());
    assertTrue(one.get("jobExecutionId").getAsLong() != two.get("jobExecutionId").getAsLong());
    Path firstReport = Path.of(one.get("reportPath").getAsString());
    Path secondReport = Path.of(two.get("reportPath").getAsString());
    assertTrue(!firstReport.getParent().equals(secondReport.getParent()), "separate work folders");
    assertTrue(Files.size(firstReport) > 1000 && Files.size(secondReport) > 1000, "both reports written");
  }

  @Test
  void trainsOnAFolderDatasetRegisteredOverRestAndChosenByItsId(@TempDir Path dir) throws Exception {
    Path faces = writeClassFolders(dir.resolve("faces"), 6);
    String name = "it folders " + System.currentTimeMillis() % 100000;
    Answer registered = api.postJson("api/v1/datasets",
        "{\"name\": \"%s\", \"reader\": \"folders\", \"path\": \"%s\"}".formatted(name, faces));
    assertEquals(201, registered.status(), registered.body());
    assertEquals(6 * 21, registered.object().get("samples").getAsInt(), "one image per subject and class");
    assertEquals(6, registered.object().get("subjects").getAsInt(), "a file's stem is its subject");
    long datasetId = registered.object().get("id").getAsLong();
    assertEquals(name, api.get("api/v1/datasets/" + datasetId).object().get("name").getAsString());

    Answer created = api.postJson("api/v1/experiments", """
        {"name": "it registered folders", "dataset": "%d", "imageSize": 24, "teacherEpochs": 1,
         "incrementEpochs": 1, "increments": 1, "shots": "1", "fewShotClasses": 1, "device": "cpu", "seed": 3}"""
        .formatted(datasetId));
    assertEquals(201, created.status(), created.body());
    assertEquals(name, created.object().get("dataset").getAsString(), "listed under the registered name");
    JsonObject done = api.awaitExperiment(created.object().get("id").getAsLong(), e -> !isActive(e),
        Duration.ofMinutes(8));

    assertEquals("COMPLETED", done.get("status").getAsString(), done.toString());
    assertEquals(6 * 21, done.get("sampleCount").getAsInt(), "the job read the registered folders");
    assertEquals(6, done.get("trainSubjects").getAsInt() + done.get("validationSubjects").getAsInt()
        + done.get("testSubjects").getAsInt());
    assertEquals(1, done.getAsJsonArray("increments").size(), done.toString());
  }

  /** One folder per non-neutral class, {@code s<subject>.png} in each: the layout the {@code folders} reader reads. */
  private static Path writeClassFolders(Path root, int subjects) throws IOException {
    SyntheticFaces faces = new SyntheticFaces(SyntheticConfig.defaults().withImageSize(24).withSeed(3));
    for (Expression expression : Expression.values()) {
      if (expression == Expression.NEUTRAL) {
        continue;
      }
      Path folder = Files.createDirectories(root.resolve(expression.name().toLowerCase(Locale.ROOT)));
      for (int subject = 1; subject <= subjects; subject++) {
        ImageIO.write(faces.render(subject, expression), "png", folder.resolve("s" + subject + ".png").toFile());
      }
    }
    return root;
  }

  private long startTiny(String name, long seed, String method) {
    Answer created = api.postJson("api/v1/experiments", """
        {"name": "%s", "subjects": 6, "imageSize": 16, "teacherEpochs": 2, "incrementEpochs": 1,
         "increments": 1, "shots": "1", "fewShotClasses": 1, "device": "cpu", "seed": %d, "method": "%s"}"""
        .formatted(name, seed, method));
    assertEquals(201, created.status(), created.body());
    return created.object().get("id").getAsLong();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "teacherEpochs | {\"name\": \"bad\", \"teacherEpochs\": -1}",
      "backbone      | {\"name\": \"bad\", \"backbone\": \"resnet9000\"}",
      "dataset       | {\"name\": \"bad\", \"dataset\": \"/no/such/manifest.csv\"}",
      "dataset       | {\"name\": \"bad\", \"dataset\": \"no dataset registered under this name\"}",
      "dataset       | {\"name\": \"bad\", \"dataset\": \"987654321\"}",
      "increments    | {\"name\": \"bad\", \"increments\": 0}",
      "shots         | {\"name\": \"bad\", \"shots\": 0}",
      "shots         | {\"name\": \"bad\", \"shots\": \"1,-3\"}",
      "fewShotThreads | {\"name\": \"bad\", \"fewShotThreads\": 0}",
      "method        | {\"name\": \"bad\", \"method\": \"icarl\"}"})
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
    assertFraction(value.getAsDouble());
  }

  private static void assertFraction(double v) {
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
