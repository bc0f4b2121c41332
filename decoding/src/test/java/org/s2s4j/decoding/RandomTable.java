package org.s2s4j.decoding;

import java.util.Arrays;
import java.util.Random;

/**
 * A {@link TableScorer.Table} with random but fixed probabilities: each (source, prefix) pair seeds
 * its own generator, so the same pair always gets the same distribution. Token 0 is BOS and never
 * produced; token 1 is EOS.
 */
public final class RandomTable implements TableScorer.Table {

  static final int BOS = 0;
  static final int EOS = 1;

  private final int vocabularySize;
  private final long seed;
  private final double sharpness;

  RandomTable(int vocabularySize, long seed, double sharpness) {
    this.vocabularySize = vocabularySize;
    this.seed = seed;
    this.sharpness = sharpness;
  }

  private Random random(int[] source, int[] prefix, int salt) {
    long h = seed;
    h = h * 1_000_003L + Arrays.hashCode(source);
    h = h * 1_000_003L + Arrays.hashCode(prefix);
    h = h * 1_000_003L + prefix.length;
    return new Random(h * 31 + salt);
  }

  @Override
  public double[] next(int[] source, int[] prefix) {
    Random r = random(source, prefix, 1);
    double[] p = new double[vocabularySize];
    double sum = 0;
    for (int v = 1; v < vocabularySize; v++) {
      p[v] = Math.exp(sharpness * r.nextDouble());
      sum += p[v];
    }
    for (int v = 1; v < vocabularySize; v++) {
      p[v] /= sum;
    }
    return p;
  }

  @Override
  public double[] attention(int[] source, int[] prefix) {
    Random r = random(source, prefix, 2);
    double[] a = new double[source.length];
    double sum = 0;
    for (int s = 0; s < a.length; s++) {
      a[s] = Math.exp(3 * r.nextDouble());
      sum += a[s];
    }
    for (int s = 0; s < a.length; s++) {
      a[s] /= sum;
    }
    return a;
  }

  /** {@code count} random sources of 1 to {@code maxLength} tokens drawn from 2..vocabulary-1. */
  static java.util.List<int[]> sources(int count, int maxLength, int vocabularySize, long seed) {
    Random r = new Random(seed);
    java.util.List<int[]> sources = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      int[] s = new int[1 + r.nextInt(maxLength)];
      for (int j = 0; j < s.length; j++) {
        s[j] = 2 + r.nextInt(vocabularySize - 2);
      }
      sources.add(s);
    }
    return sources;
  }
}
