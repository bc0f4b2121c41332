package org.s2s4j.seq2seq.train;

/** What the scheduled-sampling index i counts: training steps or completed epochs. */
public enum ScheduleUnit {
  STEP,
  EPOCH
}
