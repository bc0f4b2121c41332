package org.s2s4j.decoding;

/** The tokens each row may not produce at one step (end of sequence before the minimum length, blocked n-grams). */
public final class RowBans {

  /** No bans on any row. */
  public static final RowBans NONE = new RowBans(new int[0][]);

  private static final int[] EMPTY = new int[0];

  private final int[][] banned;

  private RowBans(int[][] banned) {
    this.banned = banned;
  }

  /** Bans {@code banned[row]} for each row (a null or empty entry bans nothing); not copied. */
  public static RowBans of(int[][] banned) {
    return new RowBans(banned);
  }

  /** The tokens banned for {@code row} (empty if none). */
  public int[] banned(int row) {
    if (row >= banned.length || banned[row] == null) {
      return EMPTY;
    }
    return banned[row];
  }

  /** Whether {@code token} is banned for {@code row}. */
  public boolean isBanned(int row, int token) {
    for (int b : banned(row)) {
      if (b == token) {
        return true;
      }
    }
    return false;
  }
}
