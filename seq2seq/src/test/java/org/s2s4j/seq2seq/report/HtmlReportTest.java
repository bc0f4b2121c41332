package org.s2s4j.seq2seq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @TempDir Path dir;

  @Test
  void embedsImagesAndReferencesOnlyFilesThatExist() throws IOException {
    Path loss = dir.resolve("loss.png");
    Map<String, Charts.Series> series = new LinkedHashMap<>();
    series.put("train", new Charts.Series(new double[] {1, 2, 3}, new double[] {3.2, 2.1, 1.7}));
    series.put("dev", new Charts.Series(new double[] {1, 2, 3}, new double[] {3.0, 2.4, 2.2}));
    Charts.lineChart(loss, "Loss", "epoch", "loss", series);
    Path heat = dir.resolve("attention-1.png");
    Charts.attentionHeatmap(heat, "Attention", List.of("a", "dog", "."),
        List.of("ein", "hund", ".", "</s>"),
        new float[][] {{0.9f, 0.1f, 0f}, {0.1f, 0.8f, 0.1f}, {0f, 0f, 1f}, {0f, 0.2f, 0.8f}});

    Path html = dir.resolve("report.html");
    new HtmlReport("Run <1> & co")
        .heading("Scores")
        .table(List.of("metric", "score"), List.of(List.of("BLEU", 36.5)))
        .keyValues(Map.of("seed", 1))
        .image("Training loss", loss)
        .image("Attention", heat)
        .write(html);

    String page = Files.readString(html);
    assertTrue(page.contains("<title>Run &lt;1&gt; &amp; co</title>"), page);
    List<String> refs = new ArrayList<>();
    Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page);
    while (m.find()) {
      refs.add(m.group(1));
    }
    assertEquals(4, refs.size(), refs.toString());
    for (String ref : refs) {
      if (ref.startsWith("data:image/png;base64,")) {
        byte[] png = Base64.getDecoder().decode(ref.substring("data:image/png;base64,".length()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() > 100 && image.getHeight() > 100, "embedded image too small");
      } else {
        assertTrue(Files.isRegularFile(dir.resolve(ref)), "report references missing file " + ref);
      }
    }
  }

  @Test
  void heatmapRejectsMismatchedShapes() {
    assertThrows(IllegalArgumentException.class, () -> Charts.attentionHeatmap(
        dir.resolve("x.png"), "x", List.of("a"), List.of("b", "c"), new float[][] {{1f}}));
  }

  @Test
  void imageOutsideTheReportDirectoryIsRejectedAndNothingIsWritten() throws IOException {
    Path outside = Files.createTempFile("chart", ".png");
    try {
      Path html = dir.resolve("sub/report.html");
      HtmlReport report = new HtmlReport("r").image("x", outside);
      assertThrows(IllegalArgumentException.class, () -> report.write(html));
      assertTrue(Files.notExists(html));
    } finally {
      Files.delete(outside);
    }
  }
}
