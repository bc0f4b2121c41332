package org.s2s4j.corpora.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.s2s4j.corpora.TestCorpora;
import org.s2s4j.corpora.stats.CorpusStats.Bin;

class StatsCollectorTest {

  @Test
  void countsLinesTokensTypesAndLengthsOfTheToyCorpus() throws Exception {
    Path en = TestCorpora.toy("en");
    CorpusStats stats = StatsCollector.of(en, n -> {});
    // Counted by hand (and with Python's str.split): lengths 4 7 4 1 0 17 4.
    assertEquals(7, stats.lines());
    assertEquals(37, stats.tokens());
    assertEquals(23, stats.types());
    assertEquals(17, stats.maxLength());
    assertEquals(37 / 7.0, stats.meanLength(), 1e-12);
    assertEquals(List.of(1L, 1L, 0L, 0L, 3L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L),
        stats.lengthCounts());
    assertEquals(List.of(new Bin(0, 0, 1), new Bin(1, 5, 4), new Bin(6, 10, 1), new Bin(11, 15, 0),
        new Bin(16, 20, 1)), stats.histogram(5));
  }

  @Test
  void quantilesAreLengthsCoveringTheFraction() throws Exception {
    CorpusStats stats = StatsCollector.of(TestCorpora.toy("en"), n -> {});
    // sorted lengths 0 1 4 4 4 7 17
    assertEquals(0, stats.lengthQuantile(0));
    assertEquals(4, stats.lengthQuantile(0.5));
    assertEquals(7, stats.lengthQuantile(6 / 7.0));
    assertEquals(17, stats.lengthQuantile(0.95));
    assertEquals(17, stats.lengthQuantile(1));
  }

  @Test
  void tokensAreSplitOnAnyWhitespace() {
    StatsCollector collector = new StatsCollector("x");
    collector.add("  a\tb\u2003a  ");
    CorpusStats stats = collector.stats();
    assertEquals(3, stats.tokens());
    assertEquals(2, stats.types());
  }

  @Test
  void emptyCorpusHasNoHistogram() {
    CorpusStats stats = new StatsCollector("none").stats();
    assertEquals(0, stats.lines());
    assertEquals(0, stats.maxLength());
    assertEquals(List.of(), stats.histogram(5));
  }

  @Test
  void multi30kTrainAgreesWithWcAndPython() throws Exception {
    Path file = TestCorpora.shared().resolve("data/multi30k/task1/tok/train.lc.norm.tok.de");
    assumeTrue(Files.isRegularFile(file), "Multi30k not found at " + file);
    CorpusStats stats = StatsCollector.of(file, n -> {});
    // wc -l / wc -w, and len(set(token for line for token in line.split())) in Python
    assertEquals(29000, stats.lines());
    assertEquals(360706, stats.tokens());
    assertEquals(18722, stats.types());
    assertEquals(44, stats.maxLength());
  }
}
