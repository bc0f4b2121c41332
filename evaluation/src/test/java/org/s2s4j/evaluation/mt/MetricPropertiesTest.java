package org.s2s4j.evaluation.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.s2s4j.evaluation.Metric;

/** Invariants of the translation metrics on generated text. */
class MetricPropertiesTest {

  /** Words from a small vocabulary (with punctuation and non-ASCII letters) so n-grams repeat. */
  @Provide
  Arbitrary<String> sentence() {
    Arbitrary<String> word = Arbitraries.of("the", "a", "dog", "cat", "runs", "über", "ß", "Straße",
        "it's", "state-of-the-art", "1,250.50", "2019.", "!", "?", "(hi)", "—", "🐕", "猫", "&amp;",
        "Привет");
    return word.list().ofMinSize(0).ofMaxSize(20).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<List<String>> corpus() {
    return sentence().list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(60);
  }

  private static List<Metric<?>> metrics() {
    List<Metric<?>> out = new ArrayList<>();
    for (String tok : BleuTokenizers.NAMES) {
      out.add(new Bleu(BleuOptions.defaults().tokenize(tok)));
      out.add(new Bleu(BleuOptions.sentenceDefaults().tokenize(tok).lowercase(true)));
    }
    out.add(new Bleu(BleuOptions.defaults().smoothing(BleuSmoothing.FLOOR)));
    out.add(new Bleu(BleuOptions.defaults().smoothing(BleuSmoothing.ADD_K)));
    out.add(new Bleu(BleuOptions.defaults().smoothing(BleuSmoothing.NONE)));
    out.add(new Chrf());
    out.add(new Chrf(ChrfOptions.plusPlus().lowercase(true)));
    out.add(new Chrf(ChrfOptions.defaults().whitespace(true).epsSmoothing(true)));
    out.add(new Ter());
    out.add(new Ter(true));
    return out;
  }

  @Property(tries = 300)
  void bleuOfACorpusAgainstItselfIs100(@ForAll("corpus") List<String> corpus) {
    Bleu bleu = new Bleu();
    BleuScore s = bleu.corpusScore(corpus, List.of(corpus));
    long fourGrams = s.totals()[3];
    if (fourGrams > 0) {
      assertEquals(100.0, s.score(), 1e-9, () -> "corpus " + corpus);
    } else {
      // Without 4-grams sacreBLEU's corpus BLEU has no 4-gram precision and is (near) 0.
      assertTrue(s.score() < 1e-9, () -> "corpus " + corpus + " scored " + s.score());
    }
    // With effective order every non-empty segment scores 100 against itself.
    Bleu sentence = new Bleu(BleuOptions.sentenceDefaults());
    for (String line : corpus) {
      BleuScore one = sentence.sentenceScore(line, List.of(line));
      if (one.sysLen() > 0) {
        assertEquals(100.0, one.score(), 1e-9, line);
      }
    }
  }

  @Property(tries = 200)
  void corpusScoresDoNotDependOnLineOrder(@ForAll("corpus") List<String> hyps,
      @ForAll("corpus") List<String> refsSource, @ForAll long seed) {
    List<String> refs = new ArrayList<>(refsSource);
    while (refs.size() < hyps.size()) {
      refs.add("");
    }
    refs = refs.subList(0, hyps.size());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < hyps.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    List<String> h2 = new ArrayList<>();
    List<String> r2 = new ArrayList<>();
    for (int i : order) {
      h2.add(hyps.get(i));
      r2.add(refs.get(i));
    }
    for (Metric<?> m : metrics()) {
      assertEquals(m.corpusScore(hyps, List.of(refs)).score(),
          m.corpusScore(h2, List.of(r2)).score(), m.getClass().getSimpleName());
    }
  }

  @Property(tries = 300)
  void noTextMakesAMetricThrow(@ForAll("anyText") String hyp, @ForAll("anyText") String ref1,
      @ForAll("anyText") String ref2) {
    for (Metric<?> m : metrics()) {
      double s1 = m.sentenceScore(hyp, List.of(ref1)).score();
      double s2 = m.corpusScore(List.of(hyp, ref1), List.of(List.of(ref1, hyp),
          List.of(ref2, ref2))).score();
      assertTrue(Double.isFinite(s1) && s1 >= 0, () -> m + " gave " + s1);
      assertTrue(Double.isFinite(s2) && s2 >= 0, () -> m + " gave " + s2);
    }
  }

  @Property(tries = 1000)
  void linearScan13aEqualsTheRegularExpressions(@ForAll @StringLength(max = 40) String raw,
      @ForAll("sentence") String words) {
    for (String s : List.of(raw, words, words + raw, raw.replace('x', '.').replace('y', ','))) {
      assertEquals(Regex13aReference.tokenize(s), new Nist13aTokenizer().tokenize(s), s);
    }
  }

  @Property(tries = 300)
  void packedChrfCountsEqualTheGeneralCounts(@ForAll("corpus") List<String> hyps,
      @ForAll("anyText") String extra) {
    List<String> h = new ArrayList<>(hyps);
    h.add(extra);
    List<String> r1 = new ArrayList<>(h);
    Collections.reverse(r1);
    List<String> r2 = new ArrayList<>(h);
    Collections.rotate(r2, 1);
    for (ChrfOptions o : List.of(ChrfOptions.defaults(), ChrfOptions.plusPlus(),
        ChrfOptions.plusPlus().whitespace(true).lowercase(true))) {
      double[][] fast = new Chrf(o, true).segmentStatistics(h, List.of(r1, r2));
      double[][] general = new Chrf(o, false).segmentStatistics(h, List.of(r1, r2));
      for (int i = 0; i < fast.length; i++) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(general[i], fast[i], h.get(i));
      }
    }
  }

  @Property(tries = 200)
  void scoresStayInRange(@ForAll("corpus") @Size(min = 1) List<String> hyps) {
    List<String> refs = new ArrayList<>(hyps);
    Collections.reverse(refs);
    double bleu = new Bleu().corpusScore(hyps, List.of(refs)).score();
    double chrf = new Chrf().corpusScore(hyps, List.of(refs)).score();
    assertTrue(bleu >= 0 && bleu <= 100 + 1e-9, "BLEU " + bleu);
    assertTrue(chrf >= 0 && chrf <= 100 + 1e-9, "chrF " + chrf);
  }
}
