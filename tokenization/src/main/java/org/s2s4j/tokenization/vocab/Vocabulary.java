package org.s2s4j.tokenization.vocab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.s2s4j.tokenization.TextFiles;

/**
 * An immutable, thread-safe mapping between tokens and ids {@code 0..size()-1}.
 *
 * <p>Ids 0..3 are always {@code <pad> <unk> <s> </s>}. {@link #build} orders the other tokens by
 * frequency, most frequent first, and equal frequencies by code point order, so the same counts
 * always give the same ids. The file format is plain UTF-8 text, one token per line in id order.
 */
public final class Vocabulary {

  public static final int PAD = 0;
  public static final int UNK = 1;
  public static final int BOS = 2;
  public static final int EOS = 3;

  /** The special tokens, at ids {@link #PAD}, {@link #UNK}, {@link #BOS}, {@link #EOS}. */
  public static final List<String> SPECIALS = List.of("<pad>", "<unk>", "<s>", "</s>");

  private final List<String> tokens;
  private final Map<String, Integer> ids;

  private Vocabulary(List<String> tokens) {
    this.tokens = Collections.unmodifiableList(new ArrayList<>(tokens));
    Map<String, Integer> map = new HashMap<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      map.put(tokens.get(i), i);
    }
    this.ids = map;
  }

  /**
   * Builds a vocabulary from token counts.
   *
   * @param counts how often each token occurs; tokens equal to a special token are ignored
   * @param minFrequency keep tokens seen at least this often (at least 1)
   * @param maxSize keep at most this many ordinary tokens besides the 4 special ones; 0 = no limit
   * @throws IllegalArgumentException for an empty token or one containing a line break
   */
  public static Vocabulary build(Map<String, Long> counts, long minFrequency, int maxSize) {
    if (minFrequency < 1) {
      throw new IllegalArgumentException("minFrequency must be at least 1: " + minFrequency);
    }
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must be 0 (no limit) or positive: " + maxSize);
    }
    List<Map.Entry<String, Long>> kept = new ArrayList<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      String token = e.getKey();
      checkToken(token);
      if (e.getValue() >= minFrequency && !SPECIALS.contains(token)) {
        kept.add(e);
      }
    }
    kept.sort((a, b) -> {
      int byCount = Long.compare(b.getValue(), a.getValue());
      return byCount != 0 ? byCount : compareCodePoints(a.getKey(), b.getKey());
    });
    List<String> tokens = new ArrayList<>(SPECIALS);
    int limit = maxSize == 0 ? kept.size() : Math.min(maxSize, kept.size());
    for (int i = 0; i < limit; i++) {
      tokens.add(kept.get(i).getKey());
    }
    return new Vocabulary(tokens);
  }

  /** A vocabulary with exactly these ordinary tokens, in this order, after the special ones. */
  public static Vocabulary of(List<String> ordinaryTokens) {
    List<String> tokens = new ArrayList<>(SPECIALS);
    Set<String> seen = new HashSet<>(SPECIALS);
    for (String token : ordinaryTokens) {
      checkToken(token);
      if (!seen.add(token)) {
        throw new IllegalArgumentException("duplicate or special token: " + token);
      }
      tokens.add(token);
    }
    return new Vocabulary(tokens);
  }

  /** Reads a file written by {@link #save}. */
  public static Vocabulary load(Path file) throws IOException {
    List<String> lines = TextFiles.readLines(file);
    if (lines.size() < SPECIALS.size()) {
      throw new IOException(file + ": not a vocabulary: " + lines.size()
          + " lines, but the first 4 must be " + String.join(" ", SPECIALS));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String token = lines.get(i);
      if (i < SPECIALS.size() && !token.equals(SPECIALS.get(i))) {
        throw new IOException(file + ":" + (i + 1) + ": expected the special token "
            + SPECIALS.get(i) + ", found '" + token + "'");
      }
      if (token.isEmpty()) {
        throw new IOException(file + ":" + (i + 1) + ": empty token");
      }
      Integer previous = seen.put(token, i + 1);
      if (previous != null) {
        throw new IOException(file + ":" + (i + 1) + ": duplicate token '" + token
            + "' (first on line " + previous + ")");
      }
    }
    return new Vocabulary(lines);
  }

  /** Writes one token per line in id order (UTF-8, {@code \n}); atomic: all or nothing. */
  public void save(Path file) throws IOException {
    TextFiles.writeAtomically(file, text());
  }

  private String text() {
    StringBuilder sb = new StringBuilder();
    for (String token : tokens) {
      sb.append(token).append('\n');
    }
    return sb.toString();
  }

  /** The id of {@code token}, or {@link #UNK}. */
  public int id(String token) {
    return ids.getOrDefault(token, UNK);
  }

  /** Whether {@code token} has its own id. */
  public boolean contains(String token) {
    return ids.containsKey(token);
  }

  /** The token with id {@code id}. */
  public String token(int id) {
    if (id < 0 || id >= tokens.size()) {
      throw new IllegalArgumentException("id " + id + " outside 0.." + (tokens.size() - 1));
    }
    return tokens.get(id);
  }

  public int size() {
    return tokens.size();
  }

  /** The tokens in id order, specials included. */
  public List<String> tokens() {
    return tokens;
  }

  /** The ids of {@code tokens} (unknown tokens become {@link #UNK}); no BOS/EOS is added. */
  public int[] encode(List<String> tokens) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = id(tokens.get(i));
    }
    return out;
  }

  /** The tokens of {@code ids} up to the first EOS, skipping PAD and BOS. */
  public List<String> decode(int[] ids) {
    List<String> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      if (id == EOS) {
        break;
      }
      if (id != PAD && id != BOS) {
        out.add(token(id));
      }
    }
    return out;
  }

  /** SHA-256 (hex) of the saved file's bytes: identifies the vocabulary in provenance records. */
  public String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static void checkToken(String token) {
    if (token.isEmpty() || token.indexOf('\n') >= 0 || token.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a token must be non-empty and contain no line break: '"
          + token.replace("\n", "\\n").replace("\r", "\\r") + "'");
    }
  }

  /** Compares by Unicode code point (not UTF-16 unit), as Python compares strings. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
