package org.s2s4j.tokenization.moses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.s2s4j.tokenization.Tokenizer;

/**
 * Moses' {@code tokenizer.perl -l LANG} as of December 2017 (the version Multi30k used) with its
 * defaults: no aggressive hyphen splitting, XML
 * escaping of {@code & | < > ' " [ ]} (so {@code it's} becomes {@code it &apos;s} in English), the
 * language's contraction rules ({@code en}, {@code fr}/{@code it}/{@code ga}/{@code ca}; other
 * languages split every apostrophe) and its non-breaking prefixes for sentence-final periods.
 * Unicode classes follow Perl's ({@code IsAlnum} = Alphabetic + Nd, {@code IsN}, {@code IsLower}).
 * The script's extra rules for fi, sv, ca and tdt, its {@code -a}, {@code -penn},
 * {@code -x} and {@code -protected} options are not ported; a language without a non-breaking
 * prefix list uses the English one, as Moses does. Immutable and thread-safe.
 */
public final class MosesTokenizer implements Tokenizer {

  /** The registry name of the Moses scheme. */
  public static final String NAME = "moses";

  private static final String ALPHA = "\\p{IsAlphabetic}";
  private static final String ALNUM = "\\p{IsAlphabetic}\\p{Nd}";
  private static final String NUM = "\\p{N}";
  private static final String SPACE = "\\p{IsWhite_Space}";

  private static final Pattern BLANK = Pattern.compile("[" + SPACE + "]*");
  private static final Pattern WHITESPACE_RUN = Pattern.compile("[" + SPACE + "]+");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f]");
  private static final Pattern SPECIAL =
      Pattern.compile("([^" + ALNUM + SPACE + ".'`,\\-])");
  private static final Pattern MULTI_DOT = Pattern.compile("\\.([.]+)");
  private static final Pattern DOTMULTI_DOT_OTHER = Pattern.compile("DOTMULTI\\.([^.])");
  private static final Pattern COMMA_AFTER_NON_NUMBER = Pattern.compile("([^" + NUM + "]),");
  private static final Pattern COMMA_BEFORE_NON_NUMBER = Pattern.compile(",([^" + NUM + "])");
  private static final Pattern COMMA_AT_END_AFTER_NUMBER = Pattern.compile("([" + NUM + "]),$");

  private static final Pattern[] EN_APOSTROPHES = {
      Pattern.compile("([^" + ALPHA + "])'([^" + ALPHA + "])"),
      Pattern.compile("([^" + ALPHA + NUM + "])'([" + ALPHA + "])"),
      Pattern.compile("([" + ALPHA + "])'([^" + ALPHA + "])"),
      Pattern.compile("([" + ALPHA + "])'([" + ALPHA + "])"),
      Pattern.compile("([" + NUM + "])'(s)"),
  };
  private static final String[] EN_REPLACEMENTS = {"$1 ' $2", "$1 ' $2", "$1 ' $2", "$1 '$2",
      "$1 '$2"};
  private static final Pattern[] FR_APOSTROPHES = {
      Pattern.compile("([^" + ALPHA + "])'([^" + ALPHA + "])"),
      Pattern.compile("([^" + ALPHA + "])'([" + ALPHA + "])"),
      Pattern.compile("([" + ALPHA + "])'([^" + ALPHA + "])"),
      Pattern.compile("([" + ALPHA + "])'([" + ALPHA + "])"),
  };
  private static final String[] FR_REPLACEMENTS = {"$1 ' $2", "$1 ' $2", "$1 ' $2", "$1' $2"};

  private static final Pattern SINGLE_SPACE = Pattern.compile("[" + SPACE + "]");
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern WORD_WITH_FINAL_PERIOD = Pattern.compile("^(\\S+)\\.$");
  private static final Pattern HAS_ALPHA = Pattern.compile("[" + ALPHA + "]");
  private static final Pattern STARTS_LOWER = Pattern.compile("^[\\p{IsLowercase}]");
  private static final Pattern STARTS_DIGIT = Pattern.compile("^[0-9]+");
  private static final Pattern PERIOD_QUOTE_AT_END = Pattern.compile("\\.' ?$");

  private final String lang;
  private final NonbreakingPrefixes prefixes;

  public MosesTokenizer(String lang) {
    this.lang = lang;
    this.prefixes = NonbreakingPrefixes.forLanguage(lang);
  }

  @Override
  public List<String> tokenize(String line) {
    String text = tokenizeToString(line);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>(Arrays.asList(text.split(" ")));
    tokens.removeIf(String::isEmpty);
    return tokens;
  }

  /** The tokenized line as the Perl script prints it (without the line break). */
  String tokenizeToString(String line) {
    if (BLANK.matcher(line).matches()) {
      return "";
    }
    String text = " " + line + " ";
    text = WHITESPACE_RUN.matcher(text).replaceAll(" ");
    text = CONTROL.matcher(text).replaceAll("");
    text = trimSpaces(text);

    text = SPECIAL.matcher(text).replaceAll(" $1 ");

    text = MULTI_DOT.matcher(text).replaceAll(" DOTMULTI$1");
    while (text.contains("DOTMULTI.")) {
      text = DOTMULTI_DOT_OTHER.matcher(text).replaceAll("DOTDOTMULTI $1");
      text = text.replace("DOTMULTI.", "DOTDOTMULTI");
    }

    text = COMMA_AFTER_NON_NUMBER.matcher(text).replaceAll("$1 , ");
    text = COMMA_BEFORE_NON_NUMBER.matcher(text).replaceAll(" , $1");
    text = COMMA_AT_END_AFTER_NUMBER.matcher(text).replaceAll("$1 ,");

    switch (lang) {
      case "en" -> text = replaceAll(text, EN_APOSTROPHES, EN_REPLACEMENTS);
      case "fr", "it", "ga", "ca" -> text = replaceAll(text, FR_APOSTROPHES, FR_REPLACEMENTS);
      default -> text = text.replace("'", " ' ");
    }

    text = splitFinalPeriods(text);

    text = trimSpaces(text);
    text = PERIOD_QUOTE_AT_END.matcher(text).replaceFirst(" . ' ");

    while (text.contains("DOTDOTMULTI")) {
      text = text.replace("DOTDOTMULTI", "DOTMULTI.");
    }
    text = text.replace("DOTMULTI", ".");
    return escape(text);
  }

  /** Splits the period off words that end a sentence (tokenizer.perl's word loop). */
  private String splitFinalPeriods(String text) {
    // Perl's split(/\s/): empty fields between double spaces stay, trailing ones go
    String[] words = SINGLE_SPACE.split(text);
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      Matcher m = WORD_WITH_FINAL_PERIOD.matcher(word);
      if (m.matches()) {
        String pre = m.group(1);
        // The 2017 script Multi30k used has no special case for the last word (later versions
        // always split it), so a final "nr." or "a." keeps its period.
        String next = i < words.length - 1 ? words[i + 1] : null;
        if ((pre.indexOf('.') >= 0 && HAS_ALPHA.matcher(pre).find())
            || prefixes.always(pre)
            || (next != null && STARTS_LOWER.matcher(next).find())) {
          // not the end of a sentence
        } else if (prefixes.beforeNumber(pre) && next != null
            && STARTS_DIGIT.matcher(next).find()) {
          // a numeric-only prefix before a number
        } else {
          word = pre + " .";
        }
      }
      out.append(word).append(' ');
    }
    return out.toString();
  }

  private static String replaceAll(String text, Pattern[] patterns, String[] replacements) {
    for (int i = 0; i < patterns.length; i++) {
      text = patterns[i].matcher(text).replaceAll(replacements[i]);
    }
    return text;
  }

  /** {@code s/ +/ /g; s/^ //g; s/ $//g}. */
  private static String trimSpaces(String text) {
    String s = SPACES.matcher(text).replaceAll(" ");
    if (s.startsWith(" ")) {
      s = s.substring(1);
    }
    if (s.endsWith(" ")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Moses' XML escaping; {@link MosesDetokenizer} undoes it. */
  static String escape(String text) {
    if (!needsEscaping(text)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '|' -> sb.append("&#124;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\'' -> sb.append("&apos;");
        case '"' -> sb.append("&quot;");
        case '[' -> sb.append("&#91;");
        case ']' -> sb.append("&#93;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean needsEscaping(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '&', '|', '<', '>', '\'', '"', '[', ']' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }
}
