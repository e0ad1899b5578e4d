package dev.compoundfer.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.compoundfer.it.Api;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin's session in a real browser against the deployed EAR: log in, register datasets, create and start an
 * experiment on a registered one through the form (after a refused value), watch its progress bar move, read the
 * detail page (its Grad-CAM gallery drawn by the experiment's own model), download the Excel report and upload a
 * photo in the playground. Saves screenshots of the main pages on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {
  /** Unique per run, so that a rerun on the same server counts only its own experiment. */
  private static final String NAME = "browser it " + System.currentTimeMillis() % 100000;
  private static final Duration JOB = Duration.ofMinutes(8);
  /**
   * The registered dataset the experiment is started on, chosen in the form's dataset menu; unique per run, since
   * names are unique and a rerun in the same worktree finds the earlier run's datasets in the database.
   */
  private static final String REGISTERED = "browser synthetic " + System.currentTimeMillis() % 100000;

  @TempDir Path downloads;

  private final Api api = new Api();
  private final Path screenshots = Path.of(System.getProperty("fer.screenshots", "target/screenshots"));

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("fer.ear")));
  }

  @Test
  void runsAnExperimentFromTheFormToTheExcelReportAndRecognisesAnUploadedPhoto() throws Exception {
    try (Browser browser = new Browser(downloads, screenshots)) {
      logIn(browser);
      registerDatasets(browser);
      long id = startExperimentThroughTheForm(browser);

      List<Double> seen = watchTheProgressBar(browser, 2);
      assertTrue(seen.get(seen.size() - 1) > seen.get(0), "the progress bar moved without a reload: " + seen);
      browser.open("index.xhtml");
      browser.await(Duration.ofSeconds(10), "the running job on the dashboard",
          d -> d.findElement(By.cssSelector("#dashboard\\:running .job-progress")));
      browser.screenshot("dashboard");
      browser.open("experiment.xhtml?id=" + id);
      watchTheProgressBar(browser, Integer.MAX_VALUE);
      assertEquals("COMPLETED", browser.text("#experiment-status"));

      readTheFinishedDetailPage(browser, id);
      checkTheDownloadedReport(browser, id);
      activateTheNewestModel(browser);
      recogniseAnUploadedPhoto(browser, id);

      scheduleAndPause(browser);
    }
  }

  /** Every page asks for a user first; the first administrator's password is the test server's. */
  private static void logIn(Browser browser) {
    browser.open("experiments.xhtml");
    browser.await(Duration.ofSeconds(20), "the login form", d -> d.findElement(By.id("login:username")));
    browser.screenshot("login");
    type(browser, "login:username", Api.ADMIN);
    type(browser, "login:password", Api.ADMIN_PASSWORD);
    browser.find("#login\\:submit").click();
    browser.await(Duration.ofSeconds(20), "the console after logging in", d -> !d.getCurrentUrl().contains("login"));
    assertEquals(Api.ADMIN, browser.text("#user-name"), "the header names the user");
  }

  private long startExperimentThroughTheForm(Browser browser) {
    browser.open("experiments.xhtml");
    type(browser, "create:name", NAME);
    type(browser, "create:subjects", "2");
    browser.find("#create\\:start").click();

    String refusal = browser.await(Duration.ofSeconds(20), "a message next to the subjects field",
        d -> nonEmpty(d.findElement(By.id("create:subjectsMessage")).getText()));
    assertTrue(refusal.contains("subjects must be between 6 and 5000"), refusal);
    assertEquals(0, apiCount(NAME), "no experiment was stored for the refused form");

    type(browser, "create:subjects", "9");
    type(browser, "create:imageSize", "24");
    type(browser, "create:teacherEpochs", "2");
    type(browser, "create:incrementEpochs", "1");
    type(browser, "create:increments", "2");
    type(browser, "create:shots", "1");
    type(browser, "create:fewShotClasses", "1");
    type(browser, "create:seed", "5");
    selectOption(browser, "create:dataset", REGISTERED + " (synthetic)");
    browser.screenshot("experiments");
    browser.find("#create\\:start").click();

    browser.await(Duration.ofSeconds(30), "the detail page of the new experiment",
        d -> d.getCurrentUrl().contains("experiment.xhtml?id="));
    assertEquals(REGISTERED, browser.text("#experiment-dataset"), "the experiment runs on the chosen dataset");
    return Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  /**
   * The detail page polls; its bar is read without reloading until it has shown {@code values} different values or
   * the job has ended.
   */
  private List<Double> watchTheProgressBar(Browser browser, int values) {
    List<Double> seen = new ArrayList<>();
    browser.await(JOB, "the progress bar to move (seen so far: " + seen + ")", d -> {
      double percent = progressPercent(browser);
      if (seen.isEmpty() || seen.get(seen.size() - 1) != percent) {
        seen.add(percent);
      }
      String status = d.findElement(By.id("experiment-status")).getText();
      return seen.size() >= values || !status.equals("RUNNING") && !status.equals("STOPPING");
    });
    return seen;
  }

  private static double progressPercent(Browser browser) {
    String label = browser.find(".job-progress .ui-progressbar-label").getText().replace("%", "").trim();
    return label.isEmpty() ? 0 : Double.parseDouble(label);
  }

  private void readTheFinishedDetailPage(Browser browser, long id) {
    browser.open("experiment.xhtml?id=" + id);
    assertEquals(2, browser.driver.findElements(By.cssSelector("[id$='increments_data'] tr")).size(),
        "one row per learned compound class");
    assertEquals(3, browser.driver.findElements(By.cssSelector("#accuracy-matrix tr")).size() - 1,
        "a heat-map row for the teacher and each increment");
    assertNotNull(browser.find("[id$='curve'] canvas"), "the accuracy curve is drawn");
    browser.screenshot("experiment-accuracy");

    openTab(browser, "Replay set");
    List<WebElement> thumbnails = browser.await(Duration.ofSeconds(20), "replay thumbnails to load", d -> {
      List<WebElement> images = d.findElements(By.cssSelector("img.replay-thumbnail"));
      return !images.isEmpty() && images.stream().allMatch(i -> loaded(browser, i)) ? images : null;
    });
    assertEquals(api.get("api/v1/experiments/" + id + "/replay-set").json().getAsJsonArray().size(), thumbnails.size(),
        "a thumbnail per replay image");
    browser.screenshot("experiment-replay");

    openTab(browser, "Few-shot");
    assertEquals(1, browser.driver.findElements(By.cssSelector("[id$='fewshot_data'] tr:not(.ui-datatable-empty-message)")).size(),
        "one episode: one shot count, one compound class");

    openTab(browser, "Confusion matrices");
    assertEquals(1 + 2, browser.driver.findElements(By.cssSelector("table.confusion-matrix")).size(),
        "the teacher's matrix and one per increment");
    browser.screenshot("experiment-confusion");

    openTab(browser, "Grad-CAM");
    browser.find("[id$='explain']").click();
    List<WebElement> maps = browser.await(Duration.ofSeconds(90), "the Grad-CAM gallery", d -> {
      List<WebElement> images = d.findElements(By.cssSelector("img.gradcam"));
      return images.isEmpty() || !images.stream().allMatch(i -> loaded(browser, i)) ? null : images;
    });
    assertEquals(2 * 3, maps.size(), "each of the two learned compound classes beside its two basic components");
    JsonObject newest = newestModelOf(id);
    assertFalse(newest.get("active").getAsBoolean(), "the experiment's last increment is not the serving model");
    assertEquals("Drawn by model version " + newest.get("id").getAsLong() + " of this experiment.",
        browser.text("#gradcam-model"), "the gallery uses the experiment's own newest model");
    browser.screenshot("experiment-gradcam");
  }

  private static void openTab(Browser browser, String title) {
    browser.driver.findElements(By.cssSelector(".ui-tabs-header a")).stream()
        .filter(a -> a.getText().equals(title)).findFirst().orElseThrow().click();
  }

  private static boolean loaded(Browser browser, WebElement image) {
    return Boolean.TRUE.equals(
        browser.driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
  }

  private void checkTheDownloadedReport(Browser browser, long id) throws Exception {
    browser.driver.findElements(By.cssSelector(".ui-tabs-header a")).get(0).click();
    browser.find("#detail\\:download-report").click();
    Path report = browser.await(Duration.ofSeconds(30), "the report download", d -> finishedDownload().orElse(null));

    try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertTrue(workbook.getNumberOfSheets() >= 2, "summary and per-step sheets");
      assertTrue(containsText(workbook.getSheetAt(0), NAME), "the summary names the experiment");
      assertTrue(hasNumericCellAbove(workbook, 0.0), "metrics are numeric cells");
    }
  }

  /** The teacher serves until someone activates a later version: the one that knows the compound classes. */
  private void activateTheNewestModel(Browser browser) {
    browser.open("models.xhtml");
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("[id='models:versions_data'] tr"));
    assertTrue(rows.size() >= 3, "teacher and two increments are listed");
    rows.get(0).findElement(By.cssSelector("button")).click();
    browser.await(Duration.ofSeconds(30), "the newest version to be active", d -> d.findElements(
        By.cssSelector("[id='models:versions_data'] tr")).get(0).getText().contains("active"));
    browser.screenshot("models");
  }

  private void recogniseAnUploadedPhoto(Browser browser, long id) {
    JsonArray replay = api.get("api/v1/experiments/" + id + "/replay-set").json().getAsJsonArray();
    Path face = Path.of(replay.get(0).getAsJsonObject().get("sample").getAsString());
    browser.open("playground.xhtml");
    browser.find("#upload\\:photo").sendKeys(face.toAbsolutePath().toString());
    browser.find("#upload\\:recognize").click();

    String label = browser.await(Duration.ofSeconds(60), "a prediction",
        d -> nonEmpty(d.findElement(By.id("predicted-label")).getText()));
    List<String> classes = browser.driver.findElements(By.cssSelector("#probabilities tr")).stream()
        .map(r -> r.findElement(By.tagName("td")).getText()).toList();
    assertEquals(8, classes.size(), "the six basic and two learned compound classes: " + classes);
    assertTrue(classes.contains(label), label + " is one of " + classes);
    assertEquals(label, classes.get(0), "the most probable class comes first");
    assertTrue(loaded(browser, browser.find("#heat-map")), "the Grad-CAM heat map is shown");
    browser.screenshot("playground");
  }

  private void registerDatasets(Browser browser) {
    browser.open("datasets.xhtml");
    type(browser, "register:name", "browser folders");
    selectOption(browser, "register:reader", "folders");
    type(browser, "register:path", "/no/such/folder");
    browser.find("#register\\:save").click();
    String refusal = browser.await(Duration.ofSeconds(20), "a message next to the path field",
        d -> nonEmpty(d.findElement(By.id("register:pathMessage")).getText()));
    assertTrue(refusal.contains("path must be an existing folder"), refusal);

    type(browser, "register:name", REGISTERED);
    selectOption(browser, "register:reader", "synthetic");
    browser.find("#register\\:save").click();
    browser.await(Duration.ofSeconds(30), "the registered dataset", d -> d.findElement(By.id("contact-sheet")));
    WebElement sheet = browser.await(Duration.ofSeconds(30), "the contact sheet", d -> {
      WebElement image = d.findElement(By.id("contact-sheet"));
      return loaded(browser, image) ? image : null;
    });
    assertNotNull(sheet);
    // The page may still show an earlier dataset (another test's) until the save's update arrives: wait for it.
    browser.await(Duration.ofSeconds(30), "a row per class of the generator (22)", d -> d.findElements(
        By.cssSelector("[id$='classes_data'] tr")).size() == 22 ? true : null);
    browser.screenshot("datasets");
  }

  private void scheduleAndPause(Browser browser) {
    // A name of its own: a domain reused by an earlier run of the tests still lists that run's schedules.
    String name = "nightly grow " + System.currentTimeMillis() % 100000;
    browser.open("schedules.xhtml");
    type(browser, "schedule:name", name);
    type(browser, "schedule:calendar", "0 30 2 * * Mon-Fri");
    browser.find("#schedule\\:create").click();
    browser.await(Duration.ofSeconds(20), "the new schedule", d -> rowText(browser, "schedules:list", name));
    row(browser, "schedules:list", name).findElement(By.cssSelector("button")).click();
    browser.await(Duration.ofSeconds(20), "the schedule to be paused",
        d -> rowText(browser, "schedules:list", name).contains("paused") ? true : null);
    browser.screenshot("schedules");
  }

  /** Null (not yet) for an empty text: a message element exists, empty, before the answer arrives. */
  private static String nonEmpty(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String rowText(Browser browser, String table, String containing) {
    WebElement row = row(browser, table, containing);
    return row == null ? null : row.getText();
  }

  /** The first row of a data table whose text contains {@code containing}, or null. */
  private static WebElement row(Browser browser, String table, String containing) {
    return browser.driver.findElements(By.cssSelector("[id='" + table + "_data'] tr")).stream()
        .filter(r -> r.getText().contains(containing)).findFirst().orElse(null);
  }

  /** Picks an option of a PrimeFaces selectOneMenu the way a user does: open it, click the item. */
  private static void selectOption(Browser browser, String id, String label) {
    browser.find("[id='" + id + "'] .ui-selectonemenu-trigger").click();
    browser.await(Duration.ofSeconds(5), "the " + label + " option", d -> d.findElement(
        By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"))).click();
  }

  private Optional<Path> finishedDownload() {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst();
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  private static boolean containsText(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasNumericCellAbove(XSSFWorkbook workbook, double value) {
    for (Row row : workbook.getSheetAt(0)) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() > value) {
          return true;
        }
      }
    }
    return false;
  }

  /** The version the experiment registered last: its last increment's model. */
  private JsonObject newestModelOf(long experimentId) {
    JsonObject newest = null;
    for (var m : api.get("api/v1/models").json().getAsJsonArray()) {
      JsonObject model = m.getAsJsonObject();
      if (model.get("experimentId").getAsLong() == experimentId
          && (newest == null || model.get("id").getAsLong() > newest.get("id").getAsLong())) {
        newest = model;
      }
    }
    assertNotNull(newest, "the experiment registered models");
    return newest;
  }

  private int apiCount(String name) {
    JsonArray all = api.get("api/v1/experiments").json().getAsJsonArray();
    int count = 0;
    for (var e : all) {
      if (name.equals(e.getAsJsonObject().get("name").getAsString())) {
        count++;
      }
    }
    return count;
  }

  private static void type(Browser browser, String id, String text) {
    WebElement input = browser.driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
