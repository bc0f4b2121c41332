package org.s2s4j.evaluation.caption.meteor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * The words METEOR treats as function words (weighted {@code 1 - delta} instead of
 * {@code delta}). Immutable and thread-safe.
 *
 * <p>METEOR 1.5 ships its own English list ({@code function/english.words} in its jar), which
 * could not be obtained here. {@link #snowballEnglish()} is therefore a stand-in: the Snowball
 * project's English stop-word list as Lucene distributes it. {@link #read(Path)} reads a list in
 * METEOR's format (one word per line), so METEOR's own list gives the reference's behaviour.
 */
public final class FunctionWords {

  private static final String SNOWBALL_ENGLISH = "english_stop.txt";

  private final Set<String> words;
  private final String source;

  private FunctionWords(Set<String> words, String source) {
    this.words = Set.copyOf(words);
    this.source = source;
  }

  /**
   * The Snowball English stop words (in Lucene's analysis-common, BSD-licensed): the stand-in
   * for METEOR's list.
   */
  public static FunctionWords snowballEnglish() {
    try (InputStream in = SnowballFilter.class.getResourceAsStream(SNOWBALL_ENGLISH)) {
      if (in == null) {
        throw new IllegalStateException("Lucene's " + SNOWBALL_ENGLISH + " is missing");
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> words = new HashSet<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int bar = line.indexOf('|');
        String content = bar >= 0 ? line.substring(0, bar) : line;
        words.addAll(MeteorWords.split(content));
      }
      return new FunctionWords(words, "snowball-english-stop");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The given words, e.g. for tests; {@code source} names them in signatures. */
  public static FunctionWords of(Set<String> words, String source) {
    return new FunctionWords(words, source);
  }

  /**
   * A list in METEOR's format: each line, as it stands, is one function word.
   *
   * @throws IOException if {@code file} cannot be read as UTF-8
   */
  public static FunctionWords read(Path file) throws IOException {
    return new FunctionWords(new HashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8)),
        "file:" + file.getFileName());
  }

  /** Whether {@code word}, lower-cased, is a function word. */
  public boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** How many words the list has. */
  public int size() {
    return words.size();
  }

  /** Where the list came from, for signatures: {@code snowball-english-stop} or {@code file:NAME}. */
  public String source() {
    return source;
  }
}
