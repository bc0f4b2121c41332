package org.s2s4j.corpora.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.s2s4j.corpora.check.Problem.Kind;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.tokenization.WhitespaceTokenizer;

/**
 * Reads a pair of line-aligned files ({@code .gz} transparent) to the end and reports every
 * problem rather than stopping at the first: different line counts, invalid UTF-8, lines with no
 * tokens, lines with more than {@code maxTokens} whitespace-separated tokens. Streams; memory holds
 * one line per file and the first {@code maxListed} problems. Thread-safe.
 */
public final class ParallelChecker {

  private final int maxTokens;
  private final int maxListed;

  /**
   * @param maxTokens longest allowed line, in tokens
   * @param maxListed how many problems the report lists (all are counted)
   */
  public ParallelChecker(int maxTokens, int maxListed) {
    if (maxTokens < 1 || maxListed < 0) {
      throw new IllegalArgumentException("need maxTokens >= 1 and maxListed >= 0: " + maxTokens
          + ", " + maxListed);
    }
    this.maxTokens = maxTokens;
    this.maxListed = maxListed;
  }

  /** Checks {@code source} and {@code target}; {@code progress} gets the lines read so far. */
  public CheckReport check(Path source, Path target, LongConsumer progress) throws IOException {
    Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, 0L);
    }
    List<Problem> listed = new ArrayList<>();
    try (Utf8LineReader src = Utf8LineReader.open(source);
        Utf8LineReader tgt = Utf8LineReader.open(target)) {
      boolean srcDone = false;
      boolean tgtDone = false;
      long lines = 0;
      while (!srcDone || !tgtDone) {
        srcDone = srcDone || !checkLine(src, counts, listed);
        tgtDone = tgtDone || !checkLine(tgt, counts, listed);
        if (++lines % 10_000 == 0) {
          progress.accept(lines);
        }
      }
      progress.accept(Math.max(src.lineNumber(), tgt.lineNumber()));
      if (src.lineNumber() != tgt.lineNumber()) {
        boolean srcLonger = src.lineNumber() > tgt.lineNumber();
        Utf8LineReader longer = srcLonger ? src : tgt;
        Utf8LineReader shorter = srcLonger ? tgt : src;
        add(new Problem(Kind.LINE_COUNT, longer.source(), shorter.lineNumber() + 1,
            "line counts differ: " + longer.source() + " has " + longer.lineNumber()
                + " lines but " + shorter.source() + " has " + shorter.lineNumber()),
            counts, listed);
      }
      return new CheckReport(src.source(), tgt.source(), src.lineNumber(), tgt.lineNumber(),
          counts, listed);
    }
  }

  /** Checks the next line of {@code in}; false at the end of the file. */
  private boolean checkLine(Utf8LineReader in, Map<Kind, Long> counts, List<Problem> listed)
      throws IOException {
    String line;
    try {
      line = in.readLine();
    } catch (InputFormatException e) {
      add(new Problem(Kind.INVALID_UTF8, in.source(), e.line(),
          e.getMessage().substring((e.source() + ":" + e.line() + ": ").length())), counts, listed);
      return true;
    }
    if (line == null) {
      return false;
    }
    int tokens = WhitespaceTokenizer.count(line);
    if (tokens == 0) {
      add(new Problem(Kind.EMPTY, in.source(), in.lineNumber(), "empty line"), counts, listed);
    } else if (tokens > maxTokens) {
      add(new Problem(Kind.TOO_LONG, in.source(), in.lineNumber(),
          tokens + " tokens, more than the limit of " + maxTokens), counts, listed);
    }
    return true;
  }

  private void add(Problem problem, Map<Kind, Long> counts, List<Problem> listed) {
    counts.merge(problem.kind(), 1L, Long::sum);
    if (listed.size() < maxListed) {
      listed.add(problem);
    }
  }
}
