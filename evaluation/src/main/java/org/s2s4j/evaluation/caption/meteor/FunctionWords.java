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

/**
 * The words METEOR treats as function words (weighted {@code 1 - delta} instead of
 * {@code delta}). Immutable and thread-safe.
 *
 * <p>{@link #meteorEnglish()}, the default, is METEOR 1.5's own English list
 * ({@code function/english.words}, shipped byte for byte as the resource {@value #ENGLISH}; see
 * {@code english.words.NOTICE} beside it). {@link #read(Path)} reads another list in the same
 * format.
 */
public final class FunctionWords {

  /** METEOR 1.5's English list, a resource beside this class. */
  public static final String ENGLISH = "english.words";

  private static final FunctionWords METEOR_ENGLISH = loadMeteorEnglish();

  private final Set<String> words;
  private final String source;

  private FunctionWords(Set<String> words, String source) {
    this.words = Set.copyOf(words);
    this.source = source;
  }

  /** METEOR 1.5's English function words (93 words, punctuation included). */
  public static FunctionWords meteorEnglish() {
    return METEOR_ENGLISH;
  }

  private static FunctionWords loadMeteorEnglish() {
    try (InputStream in = FunctionWords.class.getResourceAsStream(ENGLISH)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ENGLISH);
      }
      return new FunctionWords(lines(new BufferedReader(
          new InputStreamReader(in, StandardCharsets.UTF_8))), "meteor-1.5-english");
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
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new FunctionWords(lines(reader), "file:" + file.getFileName());
    }
  }

  private static Set<String> lines(BufferedReader reader) throws IOException {
    Set<String> words = new HashSet<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      words.add(line);
    }
    return words;
  }

  /** Whether {@code word}, lower-cased, is a function word. */
  public boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /** How many words the list has. */
  public int size() {
    return words.size();
  }

  /** Where the list came from, for signatures: {@code meteor-1.5-english} or {@code file:NAME}. */
  public String source() {
    return source;
  }
}
