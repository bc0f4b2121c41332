package org.s2s4j.seq2seq.train;

/** Whether scheduled sampling flips its coin per target token or once per target sentence. */
public enum SamplingScope {
  TOKEN,
  SEQUENCE
}
