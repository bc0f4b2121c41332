package org.s2s4j.evaluation.caption.meteor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * METEOR 1.5's English {@code -norm} normalization (punctuation kept), then lower-casing: the
 * reference's Moses-derived tokenizer with its additions (quote and dash normalization, dashes
 * between words removed, dots dropped from dotted abbreviations such as {@code U.S.}).
 *
 * <p>Steps, in order: separate every character that is not alphanumeric, whitespace or one of
 * {@code . ' ` , - ‘ ’}; protect runs of dots; separate commas except between digits; map
 * {@code ` ‘ ’} to {@code '} and {@code “ ” ''} to {@code "}; map {@code –} and {@code --} to
 * {@code -}; turn a dash between alphanumerics (or after a dot) into a space; split English
 * contractions to the right ({@code don't} becomes {@code don 't}); split a final dot off a word
 * unless the word is a {@linkplain #PREFIXES nonbreaking prefix}, is followed by a lower-case
 * word, or mixes dots and letters (then its dots are dropped); collapse spaces; lower-case.
 * "Alphanumeric" is the reference's list: ASCII letters and digits plus
 * {@code ŠŽšžŸÀ-ÖØ-öø-ž}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MeteorNormalizer {

  /** The nonbreaking prefix list, a resource beside this class (see its header). */
  public static final String PREFIXES = "english.prefixes";

  private static final String ALPHA = "A-Za-zŠŽšžŸÀ-ÖØ-öø-ž";
  private static final String ALNUM = "0-9" + ALPHA;

  private static final Pattern SEPARATE_OTHER =
      Pattern.compile("([^" + ALNUM + "\\s\\.\\'\\`\\,\\-\\‘\\’])");
  private static final Pattern MULTI_DOT = Pattern.compile("\\.([\\.]+)");
  private static final Pattern MULTI_DOT_NEXT = Pattern.compile("DOTMULTI\\.([^\\.])");
  private static final Pattern COMMA = Pattern.compile("([^\\p{Digit}])[,]([^\\p{Digit}])");
  private static final Pattern COMMA_AFTER_DIGIT =
      Pattern.compile("([\\p{Digit}])[,]([^\\p{Digit}])");
  private static final Pattern COMMA_BEFORE_DIGIT =
      Pattern.compile("([^\\p{Digit}])[,]([\\p{Digit}])");
  private static final Pattern SINGLE_QUOTES = Pattern.compile("([`‘’])");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("([“”]|'')");
  private static final Pattern INNER_DASH =
      Pattern.compile("([" + ALNUM + "\\.])[\\-]([" + ALNUM + "])");
  private static final Pattern APOS_BETWEEN_NON_LETTERS =
      Pattern.compile("([^" + ALPHA + "])[']([^" + ALPHA + "])");
  private static final Pattern APOS_BEFORE_LETTER =
      Pattern.compile("([^" + ALPHA + "\\p{Digit}])[']([" + ALPHA + "])");
  private static final Pattern APOS_AFTER_LETTER =
      Pattern.compile("([" + ALPHA + "])[']([^" + ALPHA + "])");
  private static final Pattern APOS_BETWEEN_LETTERS =
      Pattern.compile("([" + ALPHA + "])[']([" + ALPHA + "])");
  private static final Pattern APOS_DECADE = Pattern.compile("([\\p{Digit}])[']([s])");
  private static final Pattern ANY_LETTER = Pattern.compile("[" + ALPHA + "]");
  private static final Pattern STARTS_LOWER = Pattern.compile("^[\\p{Lower}]");
  private static final Pattern STARTS_DIGIT = Pattern.compile("^[0-9]+");
  private static final Pattern SPACES = Pattern.compile("\\ +");

  private enum PrefixKind { ANY, NUMERIC_ONLY }

  private static final Map<String, PrefixKind> NONBREAKING = readPrefixes();

  private MeteorNormalizer() {
  }

  /** The normalized, lower-cased form of {@code line}; words are separated by single spaces. */
  public static String normalize(String line) {
    String s = " " + line + " ";
    s = SEPARATE_OTHER.matcher(s).replaceAll(" $1 ");
    s = MULTI_DOT.matcher(s).replaceAll(" DOTMULTI$1");
    while (s.contains("DOTMULTI.")) {
      s = MULTI_DOT_NEXT.matcher(s).replaceAll("DOTDOTMULTI $1");
      s = s.replace("DOTMULTI.", "DOTDOTMULTI");
    }
    s = COMMA.matcher(s).replaceAll("$1 , $2");
    s = COMMA_AFTER_DIGIT.matcher(s).replaceAll("$1 , $2");
    s = COMMA_BEFORE_DIGIT.matcher(s).replaceAll("$1 , $2");
    s = SINGLE_QUOTES.matcher(s).replaceAll("'");
    s = DOUBLE_QUOTES.matcher(s).replaceAll(" \" ");
    s = s.replace("–", "-").replace("--", "-");
    s = INNER_DASH.matcher(s).replaceAll("$1 $2");
    s = APOS_BETWEEN_NON_LETTERS.matcher(s).replaceAll("$1 ' $2");
    s = APOS_BEFORE_LETTER.matcher(s).replaceAll("$1 ' $2");
    s = APOS_AFTER_LETTER.matcher(s).replaceAll("$1 ' $2");
    s = APOS_BETWEEN_LETTERS.matcher(s).replaceAll("$1 '$2");
    s = APOS_DECADE.matcher(s).replaceAll("$1 '$2");
    s = splitFinalDots(MeteorWords.split(s));
    while (s.contains("DOTDOTMULTI")) {
      s = s.replace("DOTDOTMULTI", "DOTMULTI.");
    }
    s = s.replace("DOTMULTI", ".");
    s = SPACES.matcher(s).replaceAll(" ").trim();
    return s.toLowerCase(Locale.ROOT);
  }

  private static String splitFinalDots(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : null;
      if (word.length() > 1 && word.endsWith(".")) {
        String prefix = word.substring(0, word.length() - 1);
        PrefixKind kind = NONBREAKING.get(prefix);
        if (prefix.contains(".") && ANY_LETTER.matcher(prefix).find()) {
          sb.append(word.replace(".", ""));
        } else if (kind == PrefixKind.ANY
            || (next != null && STARTS_LOWER.matcher(next).find())) {
          sb.append(word);
        } else if (kind == PrefixKind.NUMERIC_ONLY
            && next != null && STARTS_DIGIT.matcher(next).find()) {
          sb.append(word);
        } else {
          sb.append(prefix).append(" .");
        }
      } else {
        sb.append(word);
      }
      sb.append(' ');
    }
    return sb.toString();
  }

  private static Map<String, PrefixKind> readPrefixes() {
    Map<String, PrefixKind> out = new HashMap<>();
    try (InputStream in = MeteorNormalizer.class.getResourceAsStream(PREFIXES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + PREFIXES);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        List<String> fields = MeteorWords.split(line);
        if (fields.isEmpty() || fields.get(0).startsWith("#")) {
          continue;
        }
        boolean numericOnly = fields.size() > 1 && fields.get(1).equals("#NUMERIC_ONLY#");
        out.put(fields.get(0), numericOnly ? PrefixKind.NUMERIC_ONLY : PrefixKind.ANY);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
