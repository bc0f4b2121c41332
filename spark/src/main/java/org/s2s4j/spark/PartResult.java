package org.s2s4j.spark;

import java.io.Serializable;

/**
 * What the successful attempt of one window's task wrote: its file in the staging directory and
 * its counts. The driver builds the output from these results only, so a failed or duplicate
 * (speculative) attempt's file is never used.
 *
 * @param partition the window number (0-based)
 * @param file the attempt's output file
 * @param lines input lines of the window
 * @param empty empty input lines
 * @param truncated lines truncated to the maximum source length
 * @param sourceTokens source tokens translated
 * @param seconds the task's decoding time
 */
record PartResult(int partition, String file, long lines, long empty, long truncated,
    long sourceTokens, double seconds) implements Serializable {}
