package org.s2s4j.tokenization.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.s2s4j.tokenization.Tokenizer;

/**
 * The terms a Lucene {@link Analyzer} produces for a line: any analyzer chain, or the ready-made
 * chains of {@link #standard}, {@link #icu} and {@link #stemming}. Lucene's tokenizers drop
 * punctuation. Thread-safe (Lucene analyzers keep per-thread state).
 *
 * <pre>{@code
 * LuceneTokenizer.stemming("en", true).tokenize("Running dogs!");  // [run, dog]
 * }</pre>
 */
public final class LuceneTokenizer implements Tokenizer {

  /** Registry names: standard tokenizer, ICU tokenizer, standard tokenizer with stemming. */
  public static final String NAME = "lucene";
  public static final String NAME_ICU = "lucene-icu";
  public static final String NAME_STEM = "lucene-stem";

  /** Language code → Snowball stemmer name (lucene-analysis-common's snowballPorter filter). */
  private static final Map<String, String> SNOWBALL = new TreeMap<>(Map.ofEntries(
      Map.entry("da", "Danish"), Map.entry("de", "German"), Map.entry("en", "English"),
      Map.entry("es", "Spanish"), Map.entry("fi", "Finnish"), Map.entry("fr", "French"),
      Map.entry("hu", "Hungarian"), Map.entry("it", "Italian"), Map.entry("nl", "Dutch"),
      Map.entry("no", "Norwegian"), Map.entry("pt", "Portuguese"), Map.entry("ro", "Romanian"),
      Map.entry("ru", "Russian"), Map.entry("sv", "Swedish"), Map.entry("tr", "Turkish")));

  private final Analyzer analyzer;

  public LuceneTokenizer(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Lucene's StandardTokenizer (Unicode word breaks), lower-cased if asked. */
  public static LuceneTokenizer standard(boolean lowercase) {
    return chain("standard", lowercase, null);
  }

  /** Lucene's ICUTokenizer (better for scripts without spaces), lower-cased if asked. */
  public static LuceneTokenizer icu(boolean lowercase) {
    return chain("icu", lowercase, null);
  }

  /**
   * StandardTokenizer, lower-casing if asked, then the Snowball stemmer of {@code lang}.
   *
   * @throws IllegalArgumentException for a language without a stemmer (lists those with one)
   */
  public static LuceneTokenizer stemming(String lang, boolean lowercase) {
    String stemmer = SNOWBALL.get(lang);
    if (stemmer == null) {
      throw new IllegalArgumentException("no Lucene stemmer for language '" + lang
          + "'; languages with one: " + String.join(", ", SNOWBALL.keySet()));
    }
    return chain("standard", lowercase, stemmer);
  }

  private static LuceneTokenizer chain(String tokenizer, boolean lowercase, String snowball) {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder().withTokenizer(tokenizer);
      if (lowercase) {
        b.addTokenFilter("lowercase");
      }
      if (snowball != null) {
        b.addTokenFilter("snowballPorter", "language", snowball);
      }
      return new LuceneTokenizer(b.build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the Lucene analyzer", e);
    }
  }

  @Override
  public List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene could not tokenize the text", e);
    }
    return tokens;
  }
}
