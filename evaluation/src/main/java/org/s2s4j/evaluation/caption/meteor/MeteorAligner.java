package org.s2s4j.evaluation.caption.meteor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * METEOR 1.5's aligner: picks one alignment (each word matched at most once) from the candidate
 * matches with the reference's beam search, and is immutable and thread-safe.
 *
 * <p>The search, as in the reference: a candidate that is the only one starting at its reference
 * word, and whose words on both sides no other candidate covers, is fixed first. Then reference
 * positions are visited left to right; at a free position each path in the beam either takes one
 * of the candidates starting there whose words are all free, or skips the word; a position inside
 * a taken phrase is passed over. Paths are ranked, best first, by more weighted matched words
 * (both sides added, each match weighted by its module's
 * {@linkplain MeteorModule#alignmentWeight() alignment weight} times its length), then fewer
 * chunks, then smaller summed distance {@code |ref - hyp|} between match starts; the beam keeps
 * the 40 best (ties keep their order). Two quirks of the reference are kept because they change
 * which alignment wins: the weighted match counts are integers, so each addition is truncated (a
 * one-word stem or synonym match, weight 0.5, adds nothing); and when a path branches on a
 * candidate, that candidate's distance is added to the parent path (which later branches copy,
 * and which goes on as the "skip" path) instead of to the new branch.
 */
public final class MeteorAligner {

  /** The reference's default beam size. */
  public static final int BEAM_SIZE = 40;

  private static final Comparator<Path> BEST_FIRST = (x, y) -> {
    int matchDiff = (y.weighted1 + y.weighted2) - (x.weighted1 + x.weighted2);
    if (matchDiff != 0) {
      return matchDiff > 0 ? 1 : -1;
    }
    if (x.chunks != y.chunks) {
      return x.chunks - y.chunks;
    }
    return x.distance - y.distance;
  };

  private final MeteorMatcher matcher;

  /** An aligner over the candidates {@code matcher} finds. */
  public MeteorAligner(MeteorMatcher matcher) {
    this.matcher = matcher;
  }

  /** The matcher whose candidates this aligner chooses from. */
  public MeteorMatcher matcher() {
    return matcher;
  }

  /**
   * The chosen alignment: element {@code j} is the match whose reference side starts at word
   * {@code j}, or null if none does.
   */
  public MeteorMatch[] align(List<String> hyp, List<String> ref) {
    MeteorMatcher.Candidates candidates = matcher.candidates(hyp, ref);
    return search(candidates.byRef(), fixed(candidates, hyp.size(), ref.size())).matches;
  }

  private static Path fixed(MeteorMatcher.Candidates candidates, int hypLength, int refLength) {
    Path start = new Path(hypLength, refLength);
    for (List<MeteorMatch> atRef : candidates.byRef()) {
      if (atRef.size() == 1 && coveredOnce(atRef.get(0), candidates)) {
        start.use(atRef.get(0));
      }
    }
    return start;
  }

  private static boolean coveredOnce(MeteorMatch m, MeteorMatcher.Candidates candidates) {
    for (int k = m.ref(); k < m.refEnd(); k++) {
      if (candidates.refCoverage()[k] != 1) {
        return false;
      }
    }
    for (int k = m.hyp(); k < m.hypEnd(); k++) {
      if (candidates.hypCoverage()[k] != 1) {
        return false;
      }
    }
    return true;
  }

  private static Path search(List<List<MeteorMatch>> candidates, Path start) {
    int n = candidates.size();
    List<Path> next = new ArrayList<>(List.of(start));
    for (int current = 0; current <= n; current++) {
      List<Path> paths = next;
      next = new ArrayList<>();
      paths.sort(BEST_FIRST);
      for (int rank = 0; rank < BEAM_SIZE && rank < paths.size(); rank++) {
        Path path = paths.get(rank);
        if (current == n) {
          path.closeChunk();
          next.add(path);
        } else if (path.refUsed[current]) {
          if (current < path.idx) {
            next.add(path); // inside a phrase this path has taken
          } else if (path.matches[path.idx] != null) {
            MeteorMatch m = path.matches[path.idx]; // a fixed match
            path.extend(m);
            path.distance += distance(m);
            next.add(path);
          } // else: the reference drops the path
        } else {
          for (MeteorMatch m : candidates.get(current)) {
            if (path.isUsed(m)) {
              continue;
            }
            Path branch = new Path(path);
            branch.use(m);
            branch.extend(m);
            path.distance += distance(m); // the reference's quirk: the parent pays the distance
            next.add(branch);
          }
          path.closeChunk();
          path.idx++;
          next.add(path);
        }
      }
      if (next.isEmpty()) {
        next.add(paths.get(0)); // as the reference does, after its warning
      }
    }
    next.sort(BEST_FIRST);
    return next.get(0);
  }

  private static int distance(MeteorMatch m) {
    return Math.abs(m.ref() - m.hyp());
  }

  /** A partial alignment in the beam. Mutable; each instance belongs to one list. */
  private static final class Path {
    final MeteorMatch[] matches;
    final boolean[] hypUsed;
    final boolean[] refUsed;
    int weighted1;
    int weighted2;
    int chunks;
    int lastMatchEnd = -1;
    int distance;
    int idx;

    Path(int hypLength, int refLength) {
      matches = new MeteorMatch[refLength];
      hypUsed = new boolean[hypLength];
      refUsed = new boolean[refLength];
    }

    Path(Path other) {
      matches = other.matches.clone();
      hypUsed = other.hypUsed.clone();
      refUsed = other.refUsed.clone();
      weighted1 = other.weighted1;
      weighted2 = other.weighted2;
      chunks = other.chunks;
      lastMatchEnd = other.lastMatchEnd;
      distance = other.distance;
      idx = other.idx;
    }

    boolean isUsed(MeteorMatch m) {
      for (int k = m.ref(); k < m.refEnd(); k++) {
        if (refUsed[k]) {
          return true;
        }
      }
      for (int k = m.hyp(); k < m.hypEnd(); k++) {
        if (hypUsed[k]) {
          return true;
        }
      }
      return false;
    }

    void use(MeteorMatch m) {
      matches[m.ref()] = m;
      Arrays.fill(refUsed, m.ref(), m.refEnd(), true);
      Arrays.fill(hypUsed, m.hyp(), m.hypEnd(), true);
    }

    /** Counts {@code m} as the next match along the reference and moves past it. */
    void extend(MeteorMatch m) {
      double w = m.module().alignmentWeight();
      weighted1 = (int) (weighted1 + m.hypLength() * w); // int += double in the reference
      weighted2 = (int) (weighted2 + m.refLength() * w);
      if (lastMatchEnd != -1 && m.hyp() != lastMatchEnd) {
        chunks++;
      }
      lastMatchEnd = m.hypEnd();
      idx = m.refEnd();
    }

    void closeChunk() {
      if (lastMatchEnd != -1) {
        chunks++;
        lastMatchEnd = -1;
      }
    }

    @Override
    public String toString() {
      return Arrays.toString(matches) + " w=" + (weighted1 + weighted2) + " chunks=" + chunks
          + " d=" + distance;
    }
  }
}
