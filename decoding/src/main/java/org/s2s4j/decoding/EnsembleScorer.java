package org.s2s4j.decoding;

import java.util.List;

/**
 * An ensemble of models with the same target vocabulary: the mean of their log-probabilities and
 * of their attention. Closing it closes every member.
 */
public final class EnsembleScorer implements StepScorer {

  private final List<StepScorer> members;

  public EnsembleScorer(List<StepScorer> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an ensemble needs at least one model");
    }
    StepScorer first = members.get(0);
    for (StepScorer m : members) {
      if (m.vocabularySize() != first.vocabularySize() || m.eosId() != first.eosId()
          || m.bosId() != first.bosId()) {
        throw new IllegalArgumentException("ensemble members must share the target vocabulary: "
            + "sizes " + first.vocabularySize() + " and " + m.vocabularySize()
            + ", EOS " + first.eosId() + " and " + m.eosId()
            + ", BOS " + first.bosId() + " and " + m.bosId());
      }
    }
    this.members = List.copyOf(members);
  }

  @Override
  public int vocabularySize() {
    return members.get(0).vocabularySize();
  }

  @Override
  public int eosId() {
    return members.get(0).eosId();
  }

  @Override
  public int bosId() {
    return members.get(0).bosId();
  }

  @Override
  public void start(List<int[]> sources) {
    for (StepScorer m : members) {
      m.start(sources);
    }
  }

  @Override
  public StepScores step(int[] previousTokens) {
    float[] logProbs = null;
    float[] attention = null;
    int width = -1;
    int[] tokens = null;
    for (StepScorer m : members) {
      StepScores s = m.step(previousTokens);
      if (logProbs == null) {
        logProbs = new float[s.logProbs().length];
        attention = new float[s.attention().length];
        width = s.sourceWidth();
        tokens = new int[s.columns()];
        for (int c = 0; c < tokens.length; c++) {
          tokens[c] = s.token(c);
        }
      } else if (s.sourceWidth() != width) {
        throw new IllegalStateException("ensemble members disagree on the source width: "
            + width + " and " + s.sourceWidth());
      } else if (!sameColumns(s, tokens)) {
        throw new IllegalStateException("ensemble members score different tokens (shortlists)");
      }
      add(logProbs, s.logProbs());
      add(attention, s.attention());
    }
    float scale = 1f / members.size();
    for (int i = 0; i < logProbs.length; i++) {
      logProbs[i] *= scale;
    }
    for (int i = 0; i < attention.length; i++) {
      attention[i] *= scale;
    }
    return new HostStepScores(previousTokens.length, vocabularySize(),
        tokens.length == vocabularySize() ? null : tokens, width, logProbs, attention);
  }

  private static boolean sameColumns(StepScores s, int[] tokens) {
    if (s.columns() != tokens.length) {
      return false;
    }
    for (int c = 0; c < tokens.length; c++) {
      if (s.token(c) != tokens[c]) {
        return false;
      }
    }
    return true;
  }

  private static void add(float[] sum, float[] values) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += values[i];
    }
  }

  @Override
  public void select(int[] parents) {
    for (StepScorer m : members) {
      m.select(parents);
    }
  }

  @Override
  public void close() {
    RuntimeException first = null;
    for (StepScorer m : members) {
      try {
        m.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
