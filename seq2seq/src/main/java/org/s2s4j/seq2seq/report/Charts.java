package org.s2s4j.seq2seq.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.s2s4j.corpora.io.AtomicOutput;

/** PNG charts for run reports: line charts of training curves and attention heatmaps. */
public final class Charts {

  /** One line of a line chart: x and y values of equal length. */
  public record Series(double[] x, double[] y) {
    public Series {
      if (x.length != y.length) {
        throw new IllegalArgumentException(
            "x and y differ in length: " + x.length + " vs " + y.length);
      }
    }
  }

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  /**
   * Writes a line chart with one line per entry of {@code series} (in map order) to {@code png}.
   * Series without points are left out. Tick labels get as many decimals as the data's range
   * needs; points are marked when there are few of them; a single x or y value gets a range
   * around it rather than a degenerate axis.
   */
  public static void lineChart(Path png, String title, String xLabel, String yLabel,
      Map<String, Series> series) throws IOException {
    XYChart chart = new XYChartBuilder().width(720).height(400)
        .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    XYStyler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setChartBackgroundColor(Color.WHITE);
    double[] xRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    double[] yRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    int points = 0;
    for (Map.Entry<String, Series> e : series.entrySet()) {
      Series line = e.getValue();
      if (line.x().length == 0) {
        continue;
      }
      XYSeries s = chart.addSeries(e.getKey(), line.x(), line.y());
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      points = Math.max(points, line.x().length);
      extend(xRange, line.x());
      extend(yRange, line.y());
    }
    if (points == 0) {
      throw new IllegalArgumentException("chart '" + title + "' has no points to plot");
    }
    boolean marked = points <= MARKED_POINTS;
    for (XYSeries s : chart.getSeriesMap().values()) {
      s.setMarker(marked ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    }
    styler.setMarkerSize(marked ? 7 : 0);
    boolean wholeX = series.values().stream().flatMapToDouble(line -> Arrays.stream(line.x()))
        .allMatch(v -> v == Math.rint(v));
    double[] x = padded(xRange, wholeX);
    double[] y = padded(yRange, false);
    styler.setXAxisMin(x[0]).setXAxisMax(x[1]).setYAxisMin(y[0]).setYAxisMax(y[1]);
    styler.setXAxisDecimalPattern(decimalPattern(x[1] - x[0], wholeX));
    styler.setYAxisDecimalPattern(decimalPattern(y[1] - y[0], false));
    write(chart, png);
  }

  /** Line charts with at most this many points per line mark each point. */
  static final int MARKED_POINTS = 40;

  private static void extend(double[] range, double[] values) {
    for (double v : values) {
      if (Double.isFinite(v)) {
        range[0] = Math.min(range[0], v);
        range[1] = Math.max(range[1], v);
      }
    }
  }

  /**
   * The axis range for data in {@code range}: the data's own range, with a margin around a single
   * value (one unit on an axis of whole numbers such as steps or epochs, else 5% of the value).
   */
  static double[] padded(double[] range, boolean wholeNumbers) {
    double lo = range[0];
    double hi = range[1];
    if (!Double.isFinite(lo)) {
      return new double[] {0, 1};
    }
    if (hi - lo > 1e-9 * Math.max(1, Math.abs(hi))) {
      double margin = (hi - lo) * 0.05;
      return wholeNumbers ? new double[] {lo, hi} : new double[] {lo - margin, hi + margin};
    }
    double margin = wholeNumbers ? 1 : Math.max(Math.abs(lo) * 0.05, 0.01);
    return new double[] {Math.max(lo >= 0 ? 0 : Double.NEGATIVE_INFINITY, lo - margin), hi + margin};
  }

  /**
   * A tick-label pattern for an axis spanning {@code span}: enough decimals to tell about ten
   * ticks apart, at most four; optional ones (so 1, 1.5, 2) on an axis of whole numbers.
   */
  static String decimalPattern(double span, boolean wholeNumbers) {
    int decimals = span > 0 ? (int) Math.max(0, Math.min(4, 1 - Math.floor(Math.log10(span)))) : 2;
    if (decimals == 0) {
      return "#,##0";
    }
    return (wholeNumbers ? "#,##0." + "#".repeat(decimals) : "#,##0." + "0".repeat(decimals));
  }

  /**
   * Writes an attention heatmap: one row per target token, one column per source token, cell
   * (t, s) = {@code weights[t][s]}.
   */
  public static void attentionHeatmap(Path png, String title, List<String> sourceTokens,
      List<String> targetTokens, float[][] weights) throws IOException {
    if (weights.length != targetTokens.size()) {
      throw new IllegalArgumentException("weights have " + weights.length + " rows for "
          + targetTokens.size() + " target tokens");
    }
    int cells = sourceTokens.size() * targetTokens.size();
    if (cells == 0) {
      throw new IllegalArgumentException("attention heatmap needs source and target tokens");
    }
    Number[][] heat = new Number[cells][];
    int k = 0;
    for (int t = 0; t < targetTokens.size(); t++) {
      if (weights[t].length != sourceTokens.size()) {
        throw new IllegalArgumentException("weights row " + t + " has " + weights[t].length
            + " columns for " + sourceTokens.size() + " source tokens");
      }
      for (int s = 0; s < sourceTokens.size(); s++) {
        // Rows are drawn bottom-up; flip so that the first target token is at the top.
        heat[k++] = new Number[] {s, targetTokens.size() - 1 - t, weights[t][s]};
      }
    }
    List<String> rows = new ArrayList<>(targetTokens);
    Collections.reverse(rows);
    HeatMapChart chart = new HeatMapChartBuilder()
        .width(Math.max(360, 40 * sourceTokens.size() + 160))
        .height(Math.max(240, 28 * targetTokens.size() + 120))
        .title(title).build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setRangeColors(new Color[] {Color.WHITE, new Color(0x08306b)});
    chart.getStyler().setXAxisLabelRotation(60);
    chart.getStyler().setMin(0);
    chart.getStyler().setMax(1);
    chart.getStyler().setShowValue(false);
    chart.addSeries("attention", uniqueLabels(sourceTokens), uniqueLabels(rows),
        Arrays.asList(heat));
    write(chart, png);
  }

  /** XChart merges equal category labels; make repeated tokens distinct with invisible marks. */
  private static List<String> uniqueLabels(List<String> tokens) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      String label = token;
      while (!seen.add(label)) {
        label = label + "\u200b";
      }
      out.add(label);
    }
    return out;
  }

  private static void write(Chart<?, ?> chart, Path png) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(png)) {
      BitmapEncoder.saveBitmap(chart, out.stream(), BitmapEncoder.BitmapFormat.PNG);
      out.commit();
    }
    if (Files.size(png) == 0) {
      throw new IOException("chart was not written: " + png);
    }
  }
}
