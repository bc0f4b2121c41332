package org.s2s4j.tokenization.bpe;

/** One merge operation: the adjacent symbols {@code left right} become {@code left + right}. */
public record BpeMerge(String left, String right) {

  /** The merged symbol. */
  public String joined() {
    return left + right;
  }

  @Override
  public String toString() {
    return left + " " + right;
  }
}
