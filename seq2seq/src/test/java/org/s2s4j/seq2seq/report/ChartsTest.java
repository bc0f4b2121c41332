package org.s2s4j.seq2seq.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

  @TempDir Path tmp;

  @Test
  void aSinglePointGetsARangeAroundItAndShortTickLabels() throws Exception {
    // A one-epoch run: BLEU 15.518703393380932 at epoch 1 used to label its ticks with all digits.
    double bleu = 15.518703393380932;
    double[] y = Charts.padded(new double[] {bleu, bleu}, false);
    assertArrayEquals(new double[] {bleu - 0.05 * bleu, bleu + 0.05 * bleu}, y, 1e-12);
    assertEquals("#,##0.0", Charts.decimalPattern(y[1] - y[0], false)); // span 1.55: one decimal
    assertArrayEquals(new double[] {0, 2}, Charts.padded(new double[] {1, 1}, true), 0);
    assertEquals("#,##0.#", Charts.decimalPattern(2, true));
    Path png = tmp.resolve("bleu.png");
    Charts.lineChart(png, "Dev BLEU", "epoch", "BLEU", Map.of("dev BLEU",
        new Charts.Series(new double[] {1}, new double[] {bleu})));
    assertTrue(Files.size(png) > 0);
  }

  @Test
  void decimalsFollowTheRangeOfTheData() {
    assertEquals("#,##0", Charts.decimalPattern(24, true)); // steps 0..24
    assertEquals("#,##0", Charts.decimalPattern(35, false)); // BLEU 5..40
    assertEquals("#,##0.00", Charts.decimalPattern(0.6, false)); // loss 1.2..1.8
    assertEquals("#,##0.0000", Charts.decimalPattern(1e-6, false)); // at most four
    // Several points keep their own range, with a margin of 5% of it on values.
    assertArrayEquals(new double[] {0.9, 3.1}, Charts.padded(new double[] {1, 3}, false), 1e-12);
    assertArrayEquals(new double[] {10, 38}, Charts.padded(new double[] {10, 38}, true), 0);
  }
}
