package org.s2s4j.evaluation.significance;

import java.util.List;
import org.s2s4j.evaluation.Signature;

/**
 * The outcome of a paired test for one metric: the baseline first, then each system compared
 * with it. The signature carries the test ({@code bs:1000} or {@code ar:10000}) and seed.
 */
public record PairedTestResult(String metric, Signature signature, SystemResult baseline,
    List<SystemResult> systems) {

  public PairedTestResult {
    systems = List.copyOf(systems);
  }
}
