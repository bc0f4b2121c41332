package org.s2s4j.tokenization.moses;

import java.util.regex.Pattern;
import org.s2s4j.tokenization.TextNormalizer;

/**
 * Moses' {@code normalize-punctuation.perl -l LANG} (the 2017 version Multi30k used): spaces
 * around brackets and before {@code : ; % ? !}, Unicode quotes and dashes to ASCII, French
 * guillemets, no-break spaces, the position of quotes next to commas and periods, and no-break
 * spaces between digits. The Perl script works on bytes, so {@code \d}, {@code \s} and {@code [a-z]}
 * are ASCII-only here too. Immutable and thread-safe.
 */
public final class MosesPunctuationNormalizer implements TextNormalizer {

  private record Rule(Pattern pattern, String replacement) {
    String apply(String s) {
      return pattern.matcher(s).replaceAll(replacement);
    }
  }

  private static final String NBSP = "\u00a0";
  private static final Rule SPACES = rule(" +", " ");

  private static final Rule[] COMMON = {
      rule("\r", ""),
      rule("\\(", " ("),
      rule("\\)", ") "), SPACES,
      rule("\\) ([.!:?;,])", ")$1"),
      rule("\\( ", "("),
      rule(" \\)", ")"),
      rule("([0-9]) %", "$1%"),
      rule(" :", ":"),
      rule(" ;", ";"),
      rule("`", "'"),
      rule("''", " \" "),
      rule("„", "\""),
      rule("“", "\""),
      rule("”", "\""),
      rule("–", "-"),
      rule("—", " - "), SPACES,
      rule("´", "'"),
      rule("([a-zA-Z])‘([a-zA-Z])", "$1'$2"),
      rule("([a-zA-Z])’([a-zA-Z])", "$1'$2"),
      rule("‘", "\""),
      rule("‚", "\""),
      rule("’", "\""),
      rule("''", "\""),
      rule("´´", "\""),
      rule("…", "..."),
      rule(" « ", " \""),
      rule("« ", "\""),
      rule("«", "\""),
      rule(" » ", "\" "),
      rule(" »", "\""),
      rule("»", "\""),
      rule(NBSP + "%", "%"),
      rule("nº" + NBSP, "nº "),
      rule(NBSP + ":", ":"),
      rule(NBSP + "ºC", " ºC"),
      rule(NBSP + "cm", " cm"),
      rule(NBSP + "\\?", "?"),
      rule(NBSP + "!", "!"),
      rule(NBSP + ";", ";"),
      rule("," + NBSP, ", "), SPACES,
  };

  private static final Rule[] ENGLISH_QUOTES = {rule("\"([,.]+)", "$1\"")};
  private static final Rule[] CONTINENTAL_QUOTES = {
      rule(",\"", "\","),
      // "don't fix period at end of sentence": the Perl line still ends in \n here, so a quote
      // before the line end is moved too; see normalize()
      rule("(\\.+)\"([ \\t\\n\\r\\f\\x0B]*[^<])", "\"$1$2"),
  };
  // a no-break space between digits is a thousands separator; an ordinary space is left alone
  private static final Rule DIGITS_COMMA = rule("([0-9])" + NBSP + "([0-9])", "$1,$2");
  private static final Rule DIGITS_PERIOD = rule("([0-9])" + NBSP + "([0-9])", "$1.$2");

  private final Rule[] quotes;
  private final Rule digits;

  /** @param lang ISO 639-1 code; decides the quote and digit-group rules as the Perl script does */
  public MosesPunctuationNormalizer(String lang) {
    this.quotes = switch (lang) {
      case "en" -> ENGLISH_QUOTES;
      case "cs", "cz" -> new Rule[0];
      default -> CONTINENTAL_QUOTES;
    };
    this.digits = switch (lang) {
      case "de", "es", "cz", "cs", "fr" -> DIGITS_COMMA;
      default -> DIGITS_PERIOD;
    };
  }

  @Override
  public String normalize(String text) {
    String s = text + "\n"; // the Perl script sees each line with its line break
    for (Rule r : COMMON) {
      s = r.apply(s);
    }
    for (Rule r : quotes) {
      s = r.apply(s);
    }
    s = digits.apply(s);
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  private static Rule rule(String regex, String replacement) {
    return new Rule(Pattern.compile(regex), replacement);
  }
}
