package dev.compoundfer.it.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through Debian's chromedriver: both paths are given, so Selenium Manager never
 * downloads a browser or a driver. Downloads land in a folder of the test's choosing.
 */
final class Browser implements AutoCloseable {
  private static final String CHROMIUM = System.getProperty("fer.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("fer.chromedriver", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path screenshots;

  Browser(Path downloads, Path screenshots) {
    this.screenshots = screenshots;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1440,1000", "--hide-scrollbars", "--force-device-scale-factor=1");
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .build();
    driver = new ChromeDriver(service, options);
  }

  void open(String path) {
    driver.get(dev.compoundfer.it.Api.BASE + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /**
   * Waits for a condition; an element that an ajax update (a poll) replaced while it was read counts as "not yet",
   * like a missing one.
   */
  <T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(250))
        .withMessage(what)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** The text of an element that a poll may be replacing. */
  String text(String css) {
    return await(Duration.ofSeconds(10), "the text of " + css, d -> d.findElement(By.cssSelector(css)).getText());
  }

  /** Saves the visible page as {@code <name>.png} in the screenshot folder. */
  void screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the window as tall as the page so that a screenshot shows all of it. */
  void fitHeight(int max) {
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, Math.min(max, height.intValue() + 20)));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
