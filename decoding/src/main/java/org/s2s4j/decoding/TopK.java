package org.s2s4j.decoding;

/**
 * Chooses the best expansions of each group of rows (a group is the beam of one sentence). Kept
 * behind an interface so that each engine can use its fastest method (Java on MXNet, the engine's
 * {@code topK} elsewhere).
 */
public interface TopK {

  /**
   * For each group {@code g} (rows {@code groupStart[g]} to {@code groupStart[g+1] - 1}), the
   * {@code k[g]} largest values of {@code base[row] + logProb(row, token)}, best first, skipping
   * tokens banned for their row and values of minus infinity. Ties go to the lower row, then the
   * lower token, counted from the start of the group.
   *
   * @param bans tokens each row may not produce ({@link RowBans#NONE} for none)
   */
  Candidate[][] best(StepScores scores, float[] base, int[] groupStart, int[] k, RowBans bans);
}
