package org.s2s4j.tokenization.moses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.s2s4j.tokenization.Detokenizer;

/**
 * Moses' {@code detokenizer.perl -l LANG}: undoes the XML escaping, attaches punctuation to the
 * word before it, brackets and currency signs to the word after, pairs up quotes, re-attaches
 * English contractions ({@code it 's → it's}) and French/Italian elisions ({@code l' homme →
 * l'homme}), and joins consecutive CJK words. French keeps a space before {@code ? ! : ; %}.
 * Czech-only rules of the Perl script are not ported. Immutable and thread-safe.
 */
public final class MosesDetokenizer implements Detokenizer {

  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern RIGHT_SHIFT = Pattern.compile("^[\\p{Sc}(\\[{¿¡]+$");
  private static final Pattern LEFT_SHIFT = Pattern.compile("^[,.?!:;\\\\%}\\])]+$");
  private static final Pattern FRENCH_SPACED = Pattern.compile("^[?!:;\\\\%]$");
  private static final Pattern CONTRACTION = Pattern.compile("^'[\\p{IsAlphabetic}]");
  private static final Pattern ENDS_ALNUM = Pattern.compile("[\\p{IsAlphabetic}\\p{Nd}]$");
  private static final Pattern ELISION = Pattern.compile("[\\p{IsAlphabetic}]'$");
  private static final Pattern STARTS_ALPHA = Pattern.compile("^[\\p{IsAlphabetic}]");
  private static final Pattern QUOTES = Pattern.compile("^['\"„“`]+$");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("^[„“”]+$");

  private final String lang;

  public MosesDetokenizer(String lang) {
    this.lang = lang;
  }

  @Override
  public String detokenize(List<String> tokens) {
    String joined = unescape(" " + String.join(" ", tokens) + " ").replace(" @-@ ", "-");
    String[] words = joined.split(" ");
    StringBuilder text = new StringBuilder(joined.length());
    Map<String, Integer> quoteCount = new HashMap<>();
    String prependSpace = " ";
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (startsWithCjk(w)) {
        if (i > 0 && endsWithCjk(words[i - 1])) {
          text.append(w);
        } else {
          text.append(prependSpace).append(w);
        }
        prependSpace = " ";
      } else if (RIGHT_SHIFT.matcher(w).find()) {
        text.append(prependSpace).append(w);
        prependSpace = "";
      } else if (LEFT_SHIFT.matcher(w).find()) {
        if (lang.equals("fr") && FRENCH_SPACED.matcher(w).find()) {
          text.append(' ');
        }
        text.append(w);
        prependSpace = " ";
      } else if (lang.equals("en") && i > 0 && CONTRACTION.matcher(w).find()
          && ENDS_ALNUM.matcher(words[i - 1]).find()) {
        text.append(w);
        prependSpace = " ";
      } else if ((lang.equals("fr") || lang.equals("it")) && i <= words.length - 2
          && ELISION.matcher(w).find() && STARTS_ALPHA.matcher(words[i + 1]).find()) {
        text.append(prependSpace).append(w);
        prependSpace = "";
      } else if (QUOTES.matcher(w).find()) {
        String quote = DOUBLE_QUOTES.matcher(w).find() ? "\"" : w;
        int count = quoteCount.getOrDefault(quote, 0);
        if (count % 2 == 0) {
          if (lang.equals("en") && w.equals("'") && i > 0 && words[i - 1].endsWith("s")) {
            // possessive of a word ending in s: "the Jones' house"
            text.append(w);
            prependSpace = " ";
          } else {
            text.append(prependSpace).append(w);
            prependSpace = "";
            quoteCount.put(quote, count + 1);
          }
        } else {
          text.append(w);
          prependSpace = " ";
          quoteCount.put(quote, count + 1);
        }
      } else {
        text.append(prependSpace).append(w);
        prependSpace = " ";
      }
    }
    String s = SPACES.matcher(text).replaceAll(" ");
    int start = s.startsWith(" ") ? 1 : 0;
    int end = s.endsWith(" ") && s.length() > start ? s.length() - 1 : s.length();
    return s.substring(start, end);
  }

  /** Undoes {@link MosesTokenizer}'s escaping (and the legacy {@code &bar; &bra; &ket;}). */
  static String unescape(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return text.replace("&bar;", "|").replace("&#124;", "|").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&bra;", "[").replace("&ket;", "]")
        .replace("&quot;", "\"").replace("&apos;", "'").replace("&#91;", "[")
        .replace("&#93;", "]").replace("&amp;", "&");
  }

  private static boolean startsWithCjk(String s) {
    return !s.isEmpty() && isCjk(s.codePointAt(0));
  }

  private static boolean endsWithCjk(String s) {
    return !s.isEmpty() && isCjk(s.codePointBefore(s.length()));
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xA840 && cp <= 0xA87F) || (cp >= 0xAC00 && cp <= 0xD7AF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF65 && cp <= 0xFFDC) || (cp >= 0x20000 && cp <= 0x2FFFF);
  }
}
