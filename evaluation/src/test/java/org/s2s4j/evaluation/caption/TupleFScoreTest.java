package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TupleFScoreTest {

  private static final SemanticTuple BUS = SemanticTuple.object("bus");
  private static final SemanticTuple STREET = SemanticTuple.object("street");
  private static final SemanticTuple RED_BUS = SemanticTuple.attribute("bus", "red");
  private static final SemanticTuple BLUE_BUS = SemanticTuple.attribute("bus", "blue");
  private static final SemanticTuple BUS_ON_STREET = SemanticTuple.relation("bus", "on", "street");
  private static final SemanticTuple BUS_IN_STREET = SemanticTuple.relation("bus", "in", "street");

  @Test
  void countsExactMatchesAndSetSizes() {
    // candidate: bus, red bus, bus in street; reference: bus, street, red bus, bus on street.
    TupleFScore s = TupleFScore.compare(Set.of(BUS, RED_BUS, BUS_IN_STREET),
        Set.of(BUS, STREET, RED_BUS, BUS_ON_STREET));
    assertEquals(new TupleFScore(2, 3, 4), s);
    // P = 2/3, R = 2/4, F = 2PR/(P+R) = (2/3) / (7/6) = 4/7.
    assertEquals(2.0 / 3, s.precision(), 1e-15);
    assertEquals(0.5, s.recall(), 1e-15);
    assertEquals(4.0 / 7, s.f(), 1e-15);
  }

  @Test
  void attributeMustMatchOnItsObjectAndValue() {
    TupleFScore s = TupleFScore.compare(Set.of(BLUE_BUS), Set.of(RED_BUS, BUS));
    assertEquals(0, s.matched());
    assertEquals(0.0, s.f(), 0.0);
  }

  @Test
  void identicalSetsScoreOne() {
    Set<SemanticTuple> all = Set.of(BUS, STREET, RED_BUS, BUS_ON_STREET);
    assertEquals(1.0, TupleFScore.compare(all, all).f(), 0.0);
  }

  @Test
  void emptySetsScoreZeroNotNaN() {
    assertEquals(0.0, TupleFScore.compare(Set.of(), Set.of(BUS)).f(), 0.0);
    assertEquals(0.0, TupleFScore.compare(Set.of(BUS), Set.of()).f(), 0.0);
    assertEquals(0.0, TupleFScore.compare(Set.of(), Set.of()).f(), 0.0);
  }

  @Test
  void rejectsMoreMatchesThanTuples() {
    assertThrows(IllegalArgumentException.class, () -> new TupleFScore(3, 2, 5));
  }

  @Test
  void tuplesHaveOneToThreeElements() {
    assertEquals("(bus, on, street)", BUS_ON_STREET.toString());
    assertThrows(IllegalArgumentException.class,
        () -> new SemanticTuple(java.util.List.of()));
  }
}
