package org.s2s4j.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A sacreBLEU-style reproducibility signature, {@code key:value} pairs joined by {@code |}:
 * {@code nrefs}, then resampling fields ({@code bs}/{@code ar}, {@code seed}) when a significance
 * test produced the number, then the metric's own fields, and {@code version} last.
 *
 * <p>Built from explicit fields, never by reflection. Immutable.
 */
public final class Signature {

  /** The version written into every signature: {@code s2s4j-<project version>}. */
  public static final String VERSION = "s2s4j-" + projectVersion();

  private final String nrefs;
  private final List<Map.Entry<String, String>> resampling;
  private final List<Map.Entry<String, String>> fields;

  private Signature(String nrefs, List<Map.Entry<String, String>> resampling,
      List<Map.Entry<String, String>> fields) {
    this.nrefs = nrefs;
    this.resampling = List.copyOf(resampling);
    this.fields = List.copyOf(fields);
  }

  /**
   * A signature with {@code nrefs} references (-1 for a variable number, written {@code var})
   * and the metric's fields in the given order, as alternating keys and values.
   */
  public static Signature of(int nrefs, String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must alternate");
    }
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.add(Map.entry(keysAndValues[i], keysAndValues[i + 1]));
    }
    return new Signature(nrefs < 0 ? "var" : Integer.toString(nrefs), List.of(), fields);
  }

  /**
   * This signature marked as coming from a resampling test: {@code test} is {@code bs} or
   * {@code ar}, {@code samples} the number of resamples or trials.
   */
  public Signature withResampling(String test, int samples, long seed) {
    return new Signature(nrefs,
        List.of(Map.entry(test, Integer.toString(samples)), Map.entry("seed", Long.toString(seed))),
        fields);
  }

  /** The metric's own fields in order (without nrefs, resampling fields and version). */
  public List<Map.Entry<String, String>> fields() {
    return Collections.unmodifiableList(fields);
  }

  /** {@code nrefs:1|case:mixed|...|version:s2s4j-...}. */
  public String format() {
    StringBuilder sb = new StringBuilder("nrefs:").append(nrefs);
    for (Map.Entry<String, String> e : resampling) {
      sb.append('|').append(e.getKey()).append(':').append(e.getValue());
    }
    for (Map.Entry<String, String> e : fields) {
      sb.append('|').append(e.getKey()).append(':').append(e.getValue());
    }
    return sb.append("|version:").append(VERSION).toString();
  }

  @Override
  public String toString() {
    return format();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && s.format().equals(format());
  }

  @Override
  public int hashCode() {
    return format().hashCode();
  }

  private static String projectVersion() {
    try (InputStream in = Signature.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
