package org.s2s4j.tokenization.ptb;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.AbstractTokenizer;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.s2s4j.tokenization.Tokenizer;

/**
 * Stanford CoreNLP's {@code PTBTokenizer} (the CoreNLP version this build uses), giving the
 * tokens that {@code java edu.stanford.nlp.process.PTBTokenizer -preserveLines [-lowerCase]}
 * prints for one line. Lower-casing is applied to the tokens, as CoreNLP's {@code -lowerCase}
 * does, so {@code -LRB-} becomes {@code -lrb-}. Immutable and thread-safe.
 *
 * <p>CoreNLP 4.x tokenizes differently from 3.4.1, the version the COCO caption evaluation was
 * written for (it splits hyphens and slashes, keeps Unicode quotes and brackets);
 * {@link #LEGACY_OPTIONS} come closest to 3.4.1.
 */
public final class PtbTokenizer implements Tokenizer {

  /** The registry name of this scheme. */
  public static final String NAME = "ptb";

  /** CoreNLP options that restore most of 3.4.1's behaviour. */
  public static final String LEGACY_OPTIONS =
      "ptb3Escaping=true,splitHyphenated=false,splitForwardSlash=false";

  /** What CoreNLP's lexer takes for a line break; inside a line they become spaces. */
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u000b\\u000c\\u0085\\u2028\\u2029]");

  private final boolean lowercase;
  private final String lexerOptions;

  /** CoreNLP's default options. */
  public PtbTokenizer(boolean lowercase) {
    this(lowercase, "");
  }

  /** @param options CoreNLP PTBTokenizer options, e.g. {@link #LEGACY_OPTIONS} */
  public PtbTokenizer(boolean lowercase, String options) {
    this.lowercase = lowercase;
    this.lexerOptions = options.isEmpty() ? "tokenizeNLs" : options + ",tokenizeNLs";
    // fail now, not on the first line, if the options are invalid
    tokenize("");
  }

  /**
   * The tokens of one line, tokenized as if it were the last line of a file. CoreNLP looks past
   * the line end in one case: an abbreviation ending a line ({@code U.S.}) gets an extra
   * {@code .} token when the next line starts with a capital letter; {@link #tokenizeLines}
   * reproduces that too.
   */
  @Override
  public List<String> tokenize(String text) {
    return tokenizeLines(List.of(text)).get(0);
  }

  /**
   * The tokens of each line, exactly as {@code PTBTokenizer -preserveLines} prints them for the
   * lines joined with {@code \n} (the way the COCO caption evaluation calls it).
   *
   * @param lines lines; characters CoreNLP takes for line breaks ({@code \r}, U+2028, ...) count
   *     as spaces, so that there is always one token list per line
   */
  @Override
  public List<List<String>> tokenizeLines(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(LINE_BREAKS.matcher(line).replaceAll(" ")).append('\n');
    }
    PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(
        new StringReader(text.toString()), new CoreLabelTokenFactory(), lexerOptions);
    List<List<String>> out = new ArrayList<>(lines.size());
    List<String> tokens = new ArrayList<>();
    while (tokenizer.hasNext()) {
      String word = tokenizer.next().word();
      if (word.equals(AbstractTokenizer.NEWLINE_TOKEN)) {
        out.add(tokens);
        tokens = new ArrayList<>();
      } else {
        tokens.add(lowercase ? word.toLowerCase(Locale.ENGLISH) : word);
      }
    }
    if (out.size() != lines.size()) {
      throw new IllegalStateException("CoreNLP returned " + out.size() + " lines for "
          + lines.size() + "; a line contains a line break");
    }
    return out;
  }
}
