package org.s2s4j.evaluation.caption.meteor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.s2s4j.evaluation.caption.CaptionItem;
import org.s2s4j.evaluation.caption.MeteorCaptionMetric;
import org.s2s4j.evaluation.caption.MetricScore;

class MeteorPropertiesTest {

  private static final MeteorCaptionMetric METEOR = MeteorCaptionMetric.exactAndStem();

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> captions() {
    return Arbitraries.of("a", "dog", "dogs", "runs", "running", "the", "red", "ball", "on", "a")
        .list().ofMinSize(1).ofMaxSize(25).map(words -> String.join(" ", words));
  }

  @Property(tries = 300)
  void neverThrowsAndStaysInRange(@ForAll("anyText") String candidate,
      @ForAll("anyText") String reference) {
    MetricScore s = METEOR.score(List.of(new CaptionItem("1", candidate, List.of(reference))))
        .get(0);
    assertTrue(s.corpus() >= 0 && s.corpus() <= 1, () -> "score " + s.corpus());
    assertEquals(s.corpus(), s.item(0), 1e-12);
  }

  @Property(tries = 300)
  void aCaptionScoresOneAgainstItself(@ForAll("captions") String caption) {
    MetricScore s = METEOR.score(List.of(new CaptionItem("1", caption, List.of(caption))))
        .get(0);
    assertEquals(1.0, s.corpus(), 0);
  }

  @Property(tries = 200)
  void anotherReferenceNeverLowersTheImageScore(@ForAll("captions") String candidate,
      @ForAll("captions") String first, @ForAll("captions") String second) {
    double one = METEOR.score(List.of(new CaptionItem("1", candidate, List.of(first))))
        .get(0).corpus();
    double two = METEOR.score(List.of(new CaptionItem("1", candidate, List.of(first, second))))
        .get(0).corpus();
    assertTrue(two >= one);
  }
}
