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
   * Series without points are left out.
   */
  public static void lineChart(Path png, String title, String xLabel, String yLabel,
      Map<String, Series> series) throws IOException {
    XYChart chart = new XYChartBuilder().width(720).height(400)
        .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setMarkerSize(4);
    boolean any = false;
    for (Map.Entry<String, Series> e : series.entrySet()) {
      if (e.getValue().x().length == 0) {
        continue;
      }
      XYSeries s = chart.addSeries(e.getKey(), e.getValue().x(), e.getValue().y());
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      any = true;
    }
    if (!any) {
      throw new IllegalArgumentException("chart '" + title + "' has no points to plot");
    }
    write(chart, png);
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
