package org.s2s4j.corpora.clean;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link ParallelCleaner} did: pairs read and kept, and how many pairs each rule removed
 * (every rule listed, in the order they are applied).
 */
public record CleanReport(long read, long kept, Map<String, Long> removed) {

  public CleanReport {
    removed = Collections.unmodifiableMap(new LinkedHashMap<>(removed));
  }
}
