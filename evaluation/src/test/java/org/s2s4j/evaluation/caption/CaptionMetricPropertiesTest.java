package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class CaptionMetricPropertiesTest {

  private static final List<CaptionMetric> METRICS = List.of(
      new BleuCaptionMetric(), new RougeLCaptionMetric(), new CiderDCaptionMetric());

  @Provide
  Arbitrary<CaptionItem> smallVocabularyItems() {
    Arbitrary<String> caption = Arbitraries.of("a", "dog", "runs", "the", "red", "ball")
        .list().ofMaxSize(8).map(words -> String.join(" ", words));
    return Combinators.combine(caption, caption.list().ofMinSize(1).ofMaxSize(4))
        .as((c, refs) -> new CaptionItem("x", c, refs));
  }

  @Provide
  Arbitrary<CaptionItem> arbitraryText() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(40);
    return Combinators.combine(text, text.list().ofMinSize(1).ofMaxSize(3))
        .as((c, refs) -> new CaptionItem("x", c, refs));
  }

  private static List<CaptionItem> withIds(List<CaptionItem> items) {
    List<CaptionItem> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(new CaptionItem(Integer.toString(i), items.get(i).candidate(),
          items.get(i).references()));
    }
    return out;
  }

  @Property(tries = 200)
  void scoresDoNotDependOnImageOrder(
      @ForAll @Size(min = 1, max = 12) List<@From("smallVocabularyItems") CaptionItem> raw,
      @ForAll long seed) {
    List<CaptionItem> items = withIds(raw);
    List<CaptionItem> shuffled = new ArrayList<>(items);
    Collections.shuffle(shuffled, new Random(seed));
    for (CaptionMetric metric : METRICS) {
      List<MetricScore> a = metric.score(items);
      List<MetricScore> b = metric.score(shuffled);
      for (int m = 0; m < a.size(); m++) {
        assertEquals(a.get(m).corpus(), b.get(m).corpus(),
            1e-12 * Math.abs(a.get(m).corpus()), a.get(m).name());
        for (int i = 0; i < shuffled.size(); i++) {
          int original = Integer.parseInt(shuffled.get(i).imageId());
          assertEquals(a.get(m).item(original), b.get(m).item(i), 0.0, a.get(m).name());
        }
      }
    }
  }

  @Property(tries = 300)
  void noTextMakesAMetricThrowOrReturnNaN(
      @ForAll @Size(min = 1, max = 5) List<@From("arbitraryText") CaptionItem> items) {
    for (CaptionMetric metric : METRICS) {
      for (MetricScore s : metric.score(items)) {
        assertTrue(Double.isFinite(s.corpus()) && s.corpus() >= 0, s.toString());
      }
    }
  }

  @Property(tries = 100)
  void noTextMakesTheTokenizerThrowOrLoseALine(
      @ForAll @Size(max = 6) List<@StringLength(max = 30) String> raw) {
    List<String> tokenized = Ptb341CaptionTokenizer.create().tokenize(raw);
    assertEquals(raw.size(), tokenized.size());
  }
}
