package org.s2s4j.tokenization.bpe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.s2s4j.tokenization.TextFiles;

/**
 * An ordered list of BPE merges in subword-nmt's codes-file format: a {@code #version: 0.2} header,
 * then one {@code left right} merge per line, earliest first. Immutable and thread-safe.
 *
 * <p>As in subword-nmt, a merge listed twice keeps the rank of its first occurrence, and
 * {@code </w>} at the end of a symbol marks the end of a word.
 */
public final class BpeCodes {

  /** The header line subword-nmt writes (version 0.2: {@code </w>} joined to the last char). */
  public static final String HEADER = "#version: 0.2";

  /** The end-of-word marker. */
  public static final String END_OF_WORD = "</w>";

  private final List<BpeMerge> merges;
  private final Map<BpeMerge, Integer> ranks;
  private final Map<String, BpeMerge> byJoined;

  public BpeCodes(List<BpeMerge> merges) {
    this.merges = Collections.unmodifiableList(new ArrayList<>(merges));
    // As subword-nmt builds its dicts: inserted in reverse order, so a merge listed twice keeps
    // its first rank, and of two merges with the same result the reverse map keeps the one whose
    // last listing comes first.
    Map<BpeMerge, Integer> r = new LinkedHashMap<>(merges.size() * 2);
    for (int i = merges.size() - 1; i >= 0; i--) {
      r.put(merges.get(i), i);
    }
    Map<String, BpeMerge> j = new HashMap<>(merges.size() * 2);
    for (BpeMerge m : r.keySet()) {
      j.put(m.joined(), m);
    }
    this.ranks = r;
    this.byJoined = j;
  }

  /**
   * Reads a codes file. Without a {@code #version:} header the file is taken as version 0.1,
   * which this port does not support (learn-bpe has written 0.2 since 2017).
   *
   * @throws IOException naming file and line for a line that is not two symbols
   */
  public static BpeCodes load(Path file) throws IOException {
    List<String> lines = TextFiles.readLines(file);
    int first = 0;
    if (!lines.isEmpty() && lines.get(0).startsWith("#version:")) {
      String version = lines.get(0).substring("#version:".length()).strip();
      if (!version.matches("0\\.2(\\.0+)*")) {
        throw new IOException(file + ":1: unsupported codes version '" + version
            + "' (supported: 0.2)");
      }
      first = 1;
    } else {
      throw new IOException(file + ":1: not a BPE codes file: the first line must be '"
          + HEADER + "'");
    }
    // subword-nmt drops trailing empty lines (rstrip of '\n') before parsing
    int last = lines.size();
    while (last > first && lines.get(last - 1).isEmpty()) {
      last--;
    }
    List<BpeMerge> merges = new ArrayList<>(last - first);
    for (int i = first; i < last; i++) {
      String stripped = PyText.strip(lines.get(i));
      int space = stripped.indexOf(' ');
      if (space <= 0 || space == stripped.length() - 1 || stripped.indexOf(' ', space + 1) >= 0) {
        throw new IOException(file + ":" + (i + 1) + ": invalid line in BPE codes file: '"
            + lines.get(i) + "'; it must hold exactly two symbols separated by one space");
      }
      merges.add(new BpeMerge(stripped.substring(0, space), stripped.substring(space + 1)));
    }
    return new BpeCodes(merges);
  }

  /** Writes the codes file (atomic: all or nothing). */
  public void save(Path file) throws IOException {
    TextFiles.writeAtomically(file, text());
  }

  /** The codes file's content. */
  public String text() {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (BpeMerge m : merges) {
      sb.append(m.left()).append(' ').append(m.right()).append('\n');
    }
    return sb.toString();
  }

  /** The merges, earliest first. */
  public List<BpeMerge> merges() {
    return merges;
  }

  public int size() {
    return merges.size();
  }

  /**
   * The first {@code n} merges (all of them if there are fewer), as apply-bpe's
   * {@code --merges n} reads a codes file: ranks and duplicates are those of the shorter list.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public BpeCodes first(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of merges must not be negative: " + n);
    }
    return n >= merges.size() ? this : new BpeCodes(merges.subList(0, n));
  }

  /** The rank of {@code left right} (0 = applied first), or -1 if it is not a merge. */
  int rank(String left, String right) {
    Integer r = ranks.get(new BpeMerge(left, right));
    return r == null ? -1 : r;
  }

  /** The earliest merge that produced {@code symbol}, or null. */
  BpeMerge mergeProducing(String symbol) {
    return byJoined.get(symbol);
  }
}
