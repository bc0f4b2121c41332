package org.s2s4j.evaluation.mt;

import java.util.ArrayList;
import java.util.List;

/**
 * The number of TER edits between two token sequences, as sacreBLEU's {@code lib_ter} computes
 * it: greedy block shifts (Tercom's limits and ranking) and a beam-restricted Levenshtein
 * distance around the length-scaled diagonal.
 *
 * <p>Stateless; one instance per reference keeps its tokens.
 */
final class TerAligner {

  private static final int MAX_SHIFT_SIZE = 10;
  private static final int MAX_SHIFT_DIST = 50;
  private static final int BEAM_WIDTH = 25;
  private static final int MAX_SHIFT_CANDIDATES = 1000;
  private static final long INFINITY = 10_000_000_000_000_000L;

  private static final byte OP_NOP = 0;
  private static final byte OP_SUB = 1;
  private static final byte OP_INS = 2;
  private static final byte OP_DEL = 3;
  private static final byte OP_UNDEF = 4;

  private final String[] ref;

  TerAligner(String[] ref) {
    this.ref = ref;
  }

  /** The number of edits (shifts plus edit distance) turning {@code hyp} into the reference. */
  long edits(String[] hyp) {
    if (ref.length == 0) {
      return hyp.length;
    }
    long shifts = 0;
    String[] input = hyp;
    int[] checked = {0};
    while (true) {
      Shift best = shift(input, checked);
      if (checked[0] >= MAX_SHIFT_CANDIDATES) {
        break;
      }
      if (best.delta <= 0) {
        break;
      }
      shifts++;
      input = best.words;
    }
    return shifts + distance(input).cost;
  }

  private record Shift(long delta, String[] words) {}

  /** An edit distance with its trace and matrix (rows are shared, never modified). */
  private record Distance(long cost, byte[] trace, long[][] costs, byte[][] ops) {}

  private Shift shift(String[] h, int[] checked) {
    Distance pre = distance(h);
    // The trace rewrites the hypothesis into the reference; flip it to align the other way.
    byte[] trace = pre.trace.clone();
    for (int k = 0; k < trace.length; k++) {
      if (trace[k] == OP_INS) {
        trace[k] = OP_DEL;
      } else if (trace[k] == OP_DEL) {
        trace[k] = OP_INS;
      }
    }
    int[] align = new int[ref.length];
    List<Integer> refErr = new ArrayList<>();
    List<Integer> hypErr = new ArrayList<>();
    int posHyp = -1;
    int posRef = -1;
    for (byte op : trace) {
      switch (op) {
        case OP_NOP -> {
          posHyp++;
          posRef++;
          align[posRef] = posHyp;
          hypErr.add(0);
          refErr.add(0);
        }
        case OP_SUB -> {
          posHyp++;
          posRef++;
          align[posRef] = posHyp;
          hypErr.add(1);
          refErr.add(1);
        }
        case OP_INS -> {
          posHyp++;
          hypErr.add(1);
        }
        case OP_DEL -> {
          posRef++;
          align[posRef] = posHyp;
          refErr.add(1);
        }
        default -> throw new IllegalStateException("unknown edit operation " + op);
      }
    }

    long bestDelta = 0;
    int bestLength = 0;
    int bestStart = 0;
    int bestIdx = 0;
    String[] bestWords = null;
    int nh = h.length;
    int nr = ref.length;
    outer:
    for (int startH = 0; startH < nh; startH++) {
      for (int startR = 0; startR < nr; startR++) {
        if (Math.abs(startR - startH) > MAX_SHIFT_DIST) {
          continue;
        }
        int length = 0;
        while (h[startH + length].equals(ref[startR + length]) && length < MAX_SHIFT_SIZE) {
          length++;
          // candidate (startH, startR, length)
          if (sum(hypErr, startH, length) != 0 && sum(refErr, startR, length) != 0
              && !(startH <= align[startR] && align[startR] < startH + length)) {
            int prevIdx = -1;
            for (int offset = -1; offset < length; offset++) {
              int idx;
              if (startR + offset == -1) {
                idx = 0;
              } else if (startR + offset < nr) {
                idx = align[startR + offset] + 1;
              } else {
                break;
              }
              if (idx == prevIdx) {
                continue;
              }
              prevIdx = idx;
              String[] shifted = performShift(h, startH, length, idx);
              // Rows of the unchanged prefix are those of h (a row depends only on the words
              // before it), as sacreBLEU's row cache reuses them.
              long delta = pre.cost - distance(shifted, pre, Math.min(startH, idx)).cost;
              checked[0]++;
              if (bestWords == null || better(delta, length, startH, idx,
                  bestDelta, bestLength, bestStart, bestIdx)) {
                bestDelta = delta;
                bestLength = length;
                bestStart = startH;
                bestIdx = idx;
                bestWords = shifted;
              }
            }
            if (checked[0] >= MAX_SHIFT_CANDIDATES) {
              break outer;
            }
          }
          if (nh == startH + length || nr == startR + length) {
            break;
          }
        }
      }
    }
    if (bestWords == null) {
      return new Shift(0, h);
    }
    return new Shift(bestDelta, bestWords);
  }

  /** Tercom's ranking: biggest gain, then longest, then earliest start, then earliest target. */
  private static boolean better(long delta, int length, int start, int idx,
      long bDelta, int bLength, int bStart, int bIdx) {
    if (delta != bDelta) {
      return delta > bDelta;
    }
    if (length != bLength) {
      return length > bLength;
    }
    if (start != bStart) {
      return start < bStart;
    }
    return idx < bIdx;
  }

  private static int sum(List<Integer> errs, int start, int length) {
    int s = 0;
    for (int k = start; k < Math.min(errs.size(), start + length); k++) {
      s += errs.get(k);
    }
    return s;
  }

  static String[] performShift(String[] words, int start, int length, int target) {
    List<String> out = new ArrayList<>(words.length);
    if (target < start) {
      add(out, words, 0, target);
      add(out, words, start, start + length);
      add(out, words, target, start);
      add(out, words, start + length, words.length);
    } else if (target > start + length) {
      add(out, words, 0, start);
      add(out, words, start + length, target);
      add(out, words, start, start + length);
      add(out, words, target, words.length);
    } else {
      add(out, words, 0, start);
      add(out, words, start + length, length + target);
      add(out, words, start, start + length);
      add(out, words, length + target, words.length);
    }
    return out.toArray(new String[0]);
  }

  /** Python slice semantics {@code words[from:to]} (bounds clipped, empty when from >= to). */
  private static void add(List<String> out, String[] words, int from, int to) {
    int f = Math.max(0, Math.min(from, words.length));
    int t = Math.max(0, Math.min(to, words.length));
    for (int k = f; k < t; k++) {
      out.add(words[k]);
    }
  }

  /** Beam-restricted Levenshtein distance with the trace of operations (hyp to ref). */
  private Distance distance(String[] h) {
    return distance(h, null, 0);
  }

  /**
   * As {@link #distance(String[])}, reusing the first {@code prefix} rows (after row 0) of
   * {@code base}, whose words agree with {@code h} on its first {@code prefix} words.
   */
  private Distance distance(String[] h, Distance base, int prefix) {
    int nh = h.length;
    int nr = ref.length;
    if (base == null) {
      prefix = 0;
    }
    long[][] cost = new long[nh + 1][];
    byte[][] ops = new byte[nh + 1][];
    if (base != null) {
      for (int i = 0; i <= prefix; i++) {
        cost[i] = base.costs[i];
        ops[i] = base.ops[i];
      }
    } else {
      cost[0] = new long[nr + 1];
      ops[0] = new byte[nr + 1];
      for (int j = 0; j <= nr; j++) {
        cost[0][j] = j;
        ops[0][j] = OP_INS;
      }
    }
    for (int i = prefix + 1; i <= nh; i++) {
      cost[i] = new long[nr + 1];
      ops[i] = new byte[nr + 1];
      java.util.Arrays.fill(cost[i], INFINITY);
      java.util.Arrays.fill(ops[i], OP_UNDEF);
    }
    double lengthRatio = nh > 0 ? (double) nr / nh : 1;
    int beamWidth = BEAM_WIDTH < lengthRatio / 2
        ? (int) Math.ceil(lengthRatio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
    for (int i = prefix + 1; i <= nh; i++) {
      int pseudoDiag = (int) Math.floor(i * lengthRatio);
      int minJ = Math.max(0, pseudoDiag - beamWidth);
      int maxJ = Math.min(nr + 1, pseudoDiag + beamWidth);
      if (i == nh) {
        maxJ = nr + 1;
      }
      for (int j = minJ; j < maxJ; j++) {
        if (j == 0) {
          cost[i][j] = cost[i - 1][j] + 1;
          ops[i][j] = OP_DEL;
        } else {
          boolean same = h[i - 1].equals(ref[j - 1]);
          long sub = cost[i - 1][j - 1] + (same ? 0 : 1);
          long del = cost[i - 1][j] + 1;
          long ins = cost[i][j - 1] + 1;
          long c = cost[i][j];
          byte op = ops[i][j];
          if (c > sub) {
            c = sub;
            op = same ? OP_NOP : OP_SUB;
          }
          if (c > del) {
            c = del;
            op = OP_DEL;
          }
          if (c > ins) {
            c = ins;
            op = OP_INS;
          }
          cost[i][j] = c;
          ops[i][j] = op;
        }
      }
    }
    byte[] rev = new byte[nh + nr];
    int len = 0;
    int i = nh;
    int j = nr;
    while (i > 0 || j > 0) {
      byte op = ops[i][j];
      rev[len++] = op;
      if (op == OP_SUB || op == OP_NOP) {
        i--;
        j--;
      } else if (op == OP_INS) {
        j--;
      } else if (op == OP_DEL) {
        i--;
      } else {
        throw new IllegalStateException("unknown edit operation at " + i + "," + j);
      }
    }
    byte[] trace = new byte[len];
    for (int k = 0; k < len; k++) {
      trace[k] = rev[len - 1 - k];
    }
    return new Distance(cost[nh][nr], trace, cost, ops);
  }
}
