package org.s2s4j.tokenization.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.s2s4j.tokenization.Tokenizer;

/**
 * The terms a Lucene {@link Analyzer} produces for a line: any analyzer chain, or the ready-made
 * chains of {@link #standard}, {@link #icu}, {@link #stemming} and {@link #languageAnalyzer}. Lucene's tokenizers drop
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
  public static final String NAME_LANG = "lucene-lang";

  /** Language code → Lucene's analyzer for it, built without stop words. */
  private static final Map<String, Function<CharArraySet, Analyzer>> ANALYZERS =
      new TreeMap<>(Map.ofEntries(
          Map.entry("cs", CzechAnalyzer::new), Map.entry("da", DanishAnalyzer::new),
          Map.entry("de", GermanAnalyzer::new), Map.entry("el", GreekAnalyzer::new),
          Map.entry("en", EnglishAnalyzer::new), Map.entry("es", SpanishAnalyzer::new),
          Map.entry("fi", FinnishAnalyzer::new), Map.entry("fr", FrenchAnalyzer::new),
          Map.entry("hu", HungarianAnalyzer::new), Map.entry("it", ItalianAnalyzer::new),
          Map.entry("nl", DutchAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
          Map.entry("pt", PortugueseAnalyzer::new), Map.entry("ro", RomanianAnalyzer::new),
          Map.entry("ru", RussianAnalyzer::new), Map.entry("sv", SwedishAnalyzer::new),
          Map.entry("tr", TurkishAnalyzer::new)));

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

  /**
   * Lucene's own analyzer for {@code lang} (e.g. {@code EnglishAnalyzer}: possessives, lower
   * case, Porter stemmer; {@code FrenchAnalyzer}: elisions, lower case, light stemmer), without
   * its stop words so that no word is lost. These analyzers always lower-case.
   *
   * @throws IllegalArgumentException for a language without one (lists those with one)
   */
  public static LuceneTokenizer languageAnalyzer(String lang) {
    Function<CharArraySet, Analyzer> analyzer = ANALYZERS.get(lang);
    if (analyzer == null) {
      throw new IllegalArgumentException("no Lucene analyzer for language '" + lang
          + "'; languages with one: " + String.join(", ", ANALYZERS.keySet()));
    }
    return new LuceneTokenizer(analyzer.apply(CharArraySet.EMPTY_SET));
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
