package org.s2s4j.tokenization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.s2s4j.tokenization.lucene.LuceneTokenizer;
import org.s2s4j.tokenization.moses.MosesDetokenizer;
import org.s2s4j.tokenization.moses.MosesPunctuationNormalizer;
import org.s2s4j.tokenization.moses.MosesTokenizer;
import org.s2s4j.tokenization.ptb.PtbTokenizer;

/**
 * Chooses tokenizers and detokenizers by name: {@code whitespace}, {@code char}, {@code moses}
 * (Moses punctuation normalisation and tokenizer), {@code ptb} (CoreNLP), {@code lucene},
 * {@code lucene-icu}, {@code lucene-stem} and {@code lucene-lang} (Lucene analyzer chains).
 *
 * <pre>{@code
 * Tokenizer tok = Tokenizers.create("moses", "de", true);
 * List<String> tokens = tok.tokenize("Ein Mann schläft.");   // [ein, mann, schläft, .]
 * }</pre>
 */
public final class Tokenizers {

  /** Builds a tokenizer for a language; {@code lowercase} lower-cases its output. */
  @FunctionalInterface
  private interface Factory {
    Tokenizer create(String lang, boolean lowercase);
  }

  private static final Map<String, Factory> SCHEMES = registry();

  private Tokenizers() {}

  private static Map<String, Factory> registry() {
    Map<String, Factory> m = new LinkedHashMap<>();
    m.put(WhitespaceTokenizer.NAME, (lang, lc) -> lowercased(new WhitespaceTokenizer(), lc));
    m.put(CharTokenizer.NAME, (lang, lc) -> lowercased(new CharTokenizer(), lc));
    m.put(MosesTokenizer.NAME, (lang, lc) -> {
      TextNormalizer punctuation = new MosesPunctuationNormalizer(lang);
      return new NormalizingTokenizer(
          lc ? new LowercaseNormalizer().andThen(punctuation) : punctuation,
          new MosesTokenizer(lang));
    });
    m.put(PtbTokenizer.NAME, (lang, lc) -> new PtbTokenizer(lc));
    m.put(LuceneTokenizer.NAME, (lang, lc) -> LuceneTokenizer.standard(lc));
    m.put(LuceneTokenizer.NAME_ICU, (lang, lc) -> LuceneTokenizer.icu(lc));
    m.put(LuceneTokenizer.NAME_STEM, (lang, lc) -> LuceneTokenizer.stemming(lang, lc));
    m.put(LuceneTokenizer.NAME_LANG, (lang, lc) -> {
      if (!lc) {
        throw new IllegalArgumentException("the " + LuceneTokenizer.NAME_LANG + " scheme always "
            + "lower-cases (as Lucene's language analyzers do): ask for lower-casing, or use "
            + LuceneTokenizer.NAME_STEM);
      }
      return LuceneTokenizer.languageAnalyzer(lang);
    });
    return Collections.unmodifiableMap(m);
  }

  private static Tokenizer lowercased(Tokenizer tokenizer, boolean lowercase) {
    return lowercase ? new NormalizingTokenizer(new LowercaseNormalizer(), tokenizer) : tokenizer;
  }

  /** The valid scheme names, in the order the help lists them. */
  public static Set<String> schemes() {
    return SCHEMES.keySet();
  }

  /**
   * The tokenizer {@code scheme} for language {@code lang} (an ISO 639-1 code such as {@code en}).
   *
   * @throws IllegalArgumentException for an unknown scheme (the message lists the valid ones) or a
   *     language the scheme does not support
   */
  public static Tokenizer create(String scheme, String lang, boolean lowercase) {
    Objects.requireNonNull(lang, "lang");
    Factory factory = SCHEMES.get(scheme);
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown tokenization scheme '" + scheme + "'; valid schemes: "
              + String.join(", ", SCHEMES.keySet()));
    }
    return factory.create(lang, lowercase);
  }

  /**
   * The detokenizer for language {@code lang}: Moses' rules, which undo the {@code moses} scheme
   * and also suit the output of the others (with language-specific rules for en, fr and it).
   */
  public static Detokenizer detokenizer(String lang) {
    return new MosesDetokenizer(Objects.requireNonNull(lang, "lang"));
  }
}
