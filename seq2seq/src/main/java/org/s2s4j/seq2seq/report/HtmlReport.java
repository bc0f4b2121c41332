package org.s2s4j.seq2seq.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.s2s4j.corpora.io.AtomicOutput;

/**
 * A self-contained HTML page: sections of text, tables and PNG images embedded as data URIs, so
 * the file opens in any browser on its own. Each image also links to its PNG file (given relative
 * to the report's directory), which must exist beside the report.
 *
 * <pre>{@code
 * HtmlReport report = new HtmlReport("Run quickstart");
 * report.heading("Scores").table(List.of("metric", "score"), rows);
 * report.image("Loss", runDir.resolve("loss.png"));
 * report.write(runDir.resolve("report.html"));
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class HtmlReport {

  private final String title;
  /** Raw HTML, or an image to embed when the page is written. */
  private sealed interface Part permits Html, Image {}

  private record Html(String html) implements Part {}

  private record Image(String caption, Path png) implements Part {}

  private final List<Part> parts = new ArrayList<>();

  public HtmlReport(String title) {
    this.title = title;
  }

  /** A section heading. */
  public HtmlReport heading(String text) {
    parts.add(new Html("<h2>" + escape(text) + "</h2>"));
    return this;
  }

  /** A paragraph of plain text. */
  public HtmlReport paragraph(String text) {
    parts.add(new Html("<p>" + escape(text) + "</p>"));
    return this;
  }

  /** Preformatted text (configs, sample output). */
  public HtmlReport preformatted(String text) {
    parts.add(new Html("<pre>" + escape(text) + "</pre>"));
    return this;
  }

  /** A two-column table of keys and values. */
  public HtmlReport keyValues(Map<String, ?> values) {
    StringBuilder sb = new StringBuilder("<table>");
    values.forEach((k, v) -> sb.append("<tr><th>").append(escape(k)).append("</th><td>")
        .append(escape(String.valueOf(v))).append("</td></tr>"));
    parts.add(new Html(sb.append("</table>").toString()));
    return this;
  }

  /** A table with a header row. */
  public HtmlReport table(List<String> header, List<List<?>> rows) {
    StringBuilder sb = new StringBuilder("<table><tr>");
    header.forEach(h -> sb.append("<th>").append(escape(h)).append("</th>"));
    sb.append("</tr>");
    for (List<?> row : rows) {
      sb.append("<tr>");
      row.forEach(c -> sb.append("<td>").append(escape(String.valueOf(c))).append("</td>"));
      sb.append("</tr>");
    }
    parts.add(new Html(sb.append("</table>").toString()));
    return this;
  }

  /** A PNG image, embedded when the report is written. */
  public HtmlReport image(String caption, Path png) {
    parts.add(new Image(caption, png));
    return this;
  }

  /** Writes the page atomically; every image must exist in {@code html}'s directory tree. */
  public void write(Path html) throws IOException {
    Path dir = html.toAbsolutePath().getParent();
    try (AtomicOutput out = AtomicOutput.create(html)) {
      Writer w = out.writer();
      w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>"
          + escape(title) + "</title>\n<style>" + STYLE + "</style></head><body>\n<h1>"
          + escape(title) + "</h1>\n");
      for (Part part : parts) {
        if (part instanceof Html h) {
          w.write(h.html());
        } else if (part instanceof Image image) {
          w.write(figure(dir, image));
        }
        w.write('\n');
      }
      w.write("</body></html>\n");
      out.commit();
    }
  }

  private static String figure(Path dir, Image image) throws IOException {
    Path png = image.png().toAbsolutePath();
    if (!png.startsWith(dir)) {
      throw new IllegalArgumentException(png + " is not inside the report's directory " + dir);
    }
    String relative = dir.relativize(png).toString().replace('\\', '/');
    String data = Base64.getEncoder().encodeToString(Files.readAllBytes(png));
    String caption = escape(image.caption());
    return "<figure><a href=\"" + escape(relative) + "\"><img alt=\"" + caption
        + "\" src=\"data:image/png;base64," + data + "\"></a><figcaption>" + caption
        + "</figcaption></figure>";
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final String STYLE = "body{font-family:sans-serif;max-width:1000px;margin:2em auto;"
      + "color:#222}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;"
      + "padding:4px 8px;text-align:left;vertical-align:top}pre{background:#f6f6f6;padding:1em;"
      + "overflow-x:auto}img{max-width:100%}figure{margin:1em 0}figcaption{color:#555}";
}
