package org.s2s4j.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code /} in headless Chromium driven by Selenium: type a sentence, translate, and
 * check the translation and the heatmap against the API. Needs Debian's {@code chromium} and
 * {@code chromium-driver} (or {@code -Ds2s4j.chromium=...} and {@code -Ds2s4j.chromedriver=...});
 * skipped with a message when they are missing. Saves {@code target/screenshots/serve-page.png}.
 */
class WebPageBrowserTest {

  /** Selenium warns (java.util.logging) that it has no DevTools bindings for this Chromium. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private static Optional<Path> executable(String property, String... names) {
    String given = System.getProperty(property);
    if (given != null) {
      return Optional.of(Path.of(given)).filter(Files::isExecutable);
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .flatMap(d -> Stream.of(names).map(n -> Path.of(d, n))).filter(Files::isExecutable)
        .findFirst();
  }

  @Test
  void typesASentenceAndShowsTheTranslationAndItsAttention() throws Exception {
    Optional<Path> browser = executable("s2s4j.chromium", "chromium", "chromium-browser",
        "google-chrome");
    Optional<Path> driver = executable("s2s4j.chromedriver", "chromedriver");
    Assumptions.assumeTrue(browser.isPresent() && driver.isPresent(),
        "browser test skipped: no chromium and chromedriver on the PATH (install Debian's"
            + " chromium and chromium-driver, as .ci/run does, or set -Ds2s4j.chromium and"
            + " -Ds2s4j.chromedriver)");

    SELENIUM_LOG.setLevel(Level.SEVERE);
    Path model = TinyTrainedModel.dir();
    String sentence = "A woman is sleeping near the house.";
    try (TranslationServer server = TranslationServer.start(ServeOptions.defaults(0))) {
      server.load(List.of(new ModelSource("tiny", model)), "mxnet", "cpu");
      JsonNode api = new HttpJson(server.port()).postJson("/v1/translate",
          Map.of("text", sentence, "beam", 3, "attention", true)).json().get("results").get(0);

      ChromeOptions options = new ChromeOptions();
      options.setBinary(browser.get().toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
          "--disable-dev-shm-usage", "--window-size=1000,760");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
      ChromeDriver chrome = new ChromeDriver(service, options);
      try {
        chrome.get("http://127.0.0.1:" + server.port() + "/");
        WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#model option[value='tiny']")));
        chrome.findElement(By.id("source")).sendKeys(sentence);
        WebElement beam = chrome.findElement(By.id("beam"));
        beam.clear();
        beam.sendKeys("3");
        chrome.findElement(By.id("translate")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        wait.until(d -> !d.findElements(By.cssSelector("#heatmap tbody tr")).isEmpty());

        String shown = chrome.findElement(By.id("translation")).getText();
        assertEquals(api.get("translations").get(0).get("text").asText().strip(), shown);
        JsonNode attention = api.get("attention");
        List<WebElement> rows = chrome.findElements(By.cssSelector("#heatmap tbody tr"));
        assertEquals(attention.get("target").size(), rows.size());
        for (int r = 0; r < rows.size(); r++) {
          assertEquals(attention.get("target").get(r).asText(),
              rows.get(r).findElement(By.tagName("th")).getText());
          List<WebElement> cells = rows.get(r).findElements(By.tagName("td"));
          assertEquals(attention.get("source").size(), cells.size());
          for (int c = 0; c < cells.size(); c++) {
            assertEquals(attention.get("weights").get(r).get(c).asDouble(),
                Double.parseDouble(cells.get(c).getDomAttribute("data-weight")), 1e-6);
          }
        }
        assertFalse(shown.isBlank());
        assertTrue(rows.size() > 1, "a heatmap with the output's tokens");
        assertEquals("", chrome.findElement(By.id("status")).getText());

        Path shot = Path.of("target", "screenshots", "serve-page.png");
        Files.createDirectories(shot.getParent());
        Files.copy(chrome.getScreenshotAs(OutputType.FILE).toPath(), shot,
            StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 1000, shot.toString());
      } finally {
        chrome.quit();
      }
    }
  }
}
