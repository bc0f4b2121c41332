package org.s2s4j.corpora.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

  @Test
  void agreesWithAHashSetThroughManyGrowths() {
    LongHashSet set = new LongHashSet();
    Set<Long> reference = new HashSet<>();
    Random random = new Random(5);
    for (int i = 0; i < 50_000; i++) {
      long value = random.nextInt(30_000) * 0x9E3779B97F4A7C15L;
      assertTrue(set.add(value) == reference.add(value), "value " + value);
    }
  }

  @Test
  void zeroIsAnOrdinaryValue() {
    LongHashSet set = new LongHashSet();
    assertTrue(set.add(0));
    assertFalse(set.add(0));
  }
}
