package org.s2s4j.tokenization.bpe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** apply-bpe's {@code --glossaries}: words or regular expressions that BPE must not split. */
final class Glossaries {

  private final List<Pattern> patterns;
  private final Pattern any;

  /** @throws IllegalArgumentException for an invalid regular expression */
  Glossaries(List<String> glossaries) {
    List<Pattern> compiled = new ArrayList<>();
    for (String g : glossaries) {
      try {
        compiled.add(Pattern.compile(g));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("invalid glossary regular expression '" + g + "': "
            + e.getDescription());
      }
    }
    this.patterns = List.copyOf(compiled);
    this.any = glossaries.isEmpty() ? null
        : Pattern.compile("(?:" + String.join("|", glossaries) + ")");
  }

  /** Whether {@code word} is entirely one glossary entry (then it is kept whole). */
  boolean matchesWhole(String word) {
    return any != null && any.matcher(word).matches();
  }

  /** Splits {@code word} around glossary matches, one glossary after the other. */
  List<String> isolate(String word) {
    List<String> segments = List.of(word);
    for (Pattern glossary : patterns) {
      List<String> next = new ArrayList<>();
      for (String segment : segments) {
        isolate(segment, glossary, next);
      }
      segments = next;
    }
    return segments;
  }

  /**
   * subword-nmt's isolate_glossary. Unlike subword-nmt 0.3.9, which keeps only the first
   * character of the text after the last match ({@code USAxyz} → {@code USA x}), the whole rest is
   * kept ({@code USA xyz}).
   */
  private static void isolate(String word, Pattern glossary, List<String> out) {
    Matcher m = glossary.matcher(word);
    if (m.matches() || !m.reset().find()) {
      out.add(word);
      return;
    }
    int last = 0;
    m.reset();
    while (m.find()) {
      if (m.start() > last) {
        out.add(word.substring(last, m.start()));
      }
      if (m.end() > m.start()) {
        out.add(m.group());
      }
      last = m.end();
    }
    String ending = PyText.strip(word.substring(last));
    if (!ending.isEmpty()) {
      out.add(ending);
    }
  }
}
