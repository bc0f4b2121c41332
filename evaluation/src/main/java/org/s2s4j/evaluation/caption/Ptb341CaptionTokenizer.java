package org.s2s4j.evaluation.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tokenization of the COCO caption evaluation ({@code PTBTokenizer} in pycocoevalcap): Stanford
 * CoreNLP 3.4.1's PTBTokenizer with {@code -preserveLines -lowerCase} over all captions joined by
 * line breaks, then the tokens of its punctuation list removed.
 *
 * <p>The punctuation list holds only the upper-case bracket forms ({@code -LRB-}, ...), so the
 * lower-cased {@code -lrb-}, {@code -rrb-}, {@code -lcb-}, {@code -rcb-}, {@code -lsb-},
 * {@code -rsb-} stay in the text, as they do in the reference. HTML entities are decoded and
 * characters CoreNLP 3.4.1 cannot tokenize (e.g. emoji outside the BMP) are dropped, because the
 * real 3.4.1 tokenizer does it (see {@link LegacyCorenlp}).
 *
 * <p>One deliberate difference: the reference replaces only {@code \n} inside a caption by a space,
 * so a caption holding another line separator CoreNLP 3.4.1 knows ({@code \r}, U+000B, U+000C,
 * U+2028, U+2029) shifts every later caption onto the wrong image. Here those characters become
 * spaces too, and every caption keeps its own tokens. Thread-safe.
 */
public final class Ptb341CaptionTokenizer implements CaptionTokenizer {

  /** The reference's punctuation list, verbatim (upper-case bracket tokens only). */
  static final Set<String> PUNCTUATIONS = Set.of("''", "'", "``", "`", "-LRB-", "-RRB-", "-LCB-",
      "-RCB-", ".", "?", "!", ",", ":", "-", "--", "...", ";");

  private final LegacyCorenlp corenlp;

  private Ptb341CaptionTokenizer(LegacyCorenlp corenlp) {
    this.corenlp = corenlp;
  }

  /** The tokenizer; the first call loads the embedded CoreNLP 3.4.1 jar (about 0.5 s). */
  public static Ptb341CaptionTokenizer create() {
    return new Ptb341CaptionTokenizer(LegacyCorenlp.get());
  }

  @Override
  public List<String> tokenize(List<String> captions) {
    if (captions.isEmpty()) {
      return List.of();
    }
    StringBuilder text = new StringBuilder(captions.size() * 64);
    for (int i = 0; i < captions.size(); i++) {
      if (i > 0) {
        text.append('\n');
      }
      appendOnOneLine(captions.get(i), text);
    }
    String[] lines = corenlp.tokenize(text.toString()).split(System.lineSeparator(), -1);
    if (lines.length < captions.size()) {
      throw new IllegalStateException("CoreNLP returned " + lines.length + " lines for "
          + captions.size() + " captions");
    }
    List<String> out = new ArrayList<>(captions.size());
    for (int i = 0; i < captions.size(); i++) {
      out.add(removePunctuation(lines[i]));
    }
    return out;
  }

  @Override
  public String signature() {
    return "ptb-corenlp-" + LegacyCorenlp.VERSION + "-lc-punct";
  }

  private static void appendOnOneLine(String caption, StringBuilder text) {
    for (int i = 0; i < caption.length(); i++) {
      char c = caption.charAt(i);
      switch (c) {
        case '\n', '\r', 0x0B, 0x0C, 0x2028, 0x2029 -> text.append(' ');
        default -> text.append(c);
      }
    }
  }

  /** {@code ' '.join(w for w in line.rstrip().split(' ') if w not in PUNCTUATIONS)}. */
  static String removePunctuation(String line) {
    List<String> kept = new ArrayList<>();
    for (String token : PythonText.splitOnSpace(PythonText.rstrip(line))) {
      if (!PUNCTUATIONS.contains(token)) {
        kept.add(token);
      }
    }
    return String.join(" ", kept);
  }
}
