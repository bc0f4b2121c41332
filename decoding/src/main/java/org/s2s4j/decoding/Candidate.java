package org.s2s4j.decoding;

/** One expansion chosen by {@link TopK}: append {@code token} to {@code row}, giving {@code score}. */
public record Candidate(int row, int token, float score) {}
