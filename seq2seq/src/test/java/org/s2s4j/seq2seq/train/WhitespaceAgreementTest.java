package org.s2s4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.s2s4j.corpora.stats.CorpusStats;
import org.s2s4j.corpora.stats.StatsCollector;
import org.s2s4j.seq2seq.config.DataOptions;
import org.s2s4j.tokenization.Tokenizers;
import org.s2s4j.tokenization.WhitespaceTokenizer;

/**
 * Training, translation and corpus statistics split a line into the same tokens: a no-break
 * space, an em space and a tab separate tokens everywhere, and lowercasing agrees.
 */
class WhitespaceAgreementTest {

  private static final String LINE = " Ein\u00a0Mann\u2003läuft\tüber die  Straße . \u00a0";
  private static final List<String> TOKENS =
      List.of("Ein", "Mann", "läuft", "über", "die", "Straße", ".");

  @Test
  void trainingTranslationAndStatisticsAgree() {
    for (boolean lowercase : new boolean[] {false, true}) {
      List<String> expected = lowercase
          ? TOKENS.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()
          : TOKENS;
      // training: the tokens the vocabulary and the batches are built from
      assertEquals(expected, Seq2SeqTraining.tokens(LINE, data(lowercase)), "training");
      // translation: a model's source side is read with the "whitespace" scheme
      assertEquals(expected,
          Tokenizers.create(WhitespaceTokenizer.NAME, "de", lowercase).tokenize(LINE),
          "translation");
    }
    StatsCollector stats = new StatsCollector("line");
    stats.add(LINE);
    CorpusStats s = stats.stats();
    assertEquals(TOKENS.size(), s.tokens(), "corpus stats");
    assertEquals(TOKENS.size(), s.types());
    assertEquals(TOKENS.size(), s.maxLength());
  }

  @Test
  void aBlankLineHasNoTokensAnywhere() {
    String blank = " \u00a0\u2003\t";
    assertEquals(List.of(), Seq2SeqTraining.tokens(blank, data(false)));
    assertEquals(List.of(),
        Tokenizers.create(WhitespaceTokenizer.NAME, "de", false).tokenize(blank));
    StatsCollector stats = new StatsCollector("blank");
    stats.add(blank);
    assertEquals(0, stats.stats().tokens());
  }

  private static DataOptions data(boolean lowercase) {
    return new DataOptions(null, null, null, null, lowercase, 100, 1000, 1000, 1, 0, 0, 1000);
  }
}
