package org.s2s4j.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Checks that a report page refers only to files that exist and that its images are PNGs. */
public final class ReportAssertions {

  private static final Pattern REF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private ReportAssertions() {}

  /** Asserts the page's references; returns the number of embedded images. */
  public static int assertSelfContained(Path page) throws IOException {
    String html = Files.readString(page);
    assertTrue(html.startsWith("<!DOCTYPE html>"), "not an HTML page");
    assertTrue(html.trim().endsWith("</html>"), "page is cut short");
    Path dir = page.toAbsolutePath().getParent();
    Matcher m = REF.matcher(html);
    int embedded = 0;
    List<String> files = new ArrayList<>();
    while (m.find()) {
      String ref = m.group(1);
      if (ref.startsWith("data:image/png;base64,")) {
        byte[] png = Base64.getDecoder().decode(ref.substring("data:image/png;base64,".length()));
        assertPng(png, "embedded image " + (embedded + 1));
        embedded++;
      } else {
        assertTrue(!ref.contains(":") && !ref.startsWith("/"),
            "the page refers to something outside its directory: " + ref);
        Path file = dir.resolve(ref);
        assertTrue(Files.isRegularFile(file), "the page refers to a missing file: " + ref);
        assertPng(Files.readAllBytes(file), ref);
        files.add(ref);
      }
    }
    assertEquals(embedded, files.size(), "every embedded image links to its PNG file");
    return embedded;
  }

  private static void assertPng(byte[] bytes, String what) throws IOException {
    assertTrue(bytes.length > PNG_MAGIC.length
        && Arrays.equals(Arrays.copyOf(bytes, PNG_MAGIC.length), PNG_MAGIC), what + " is not a PNG");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertNotNull(image, what + " does not decode");
    assertTrue(image.getWidth() > 100 && image.getHeight() > 100, what + " is too small");
  }
}
