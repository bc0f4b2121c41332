package org.s2s4j.seq2seq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.s2s4j.tokenization.bpe.BpeCodes;
import org.s2s4j.tokenization.bpe.BpeMerge;

class BpeDropoutTest {

  private static final BpeCodes CODES = new BpeCodes(List.of(new BpeMerge("a", "b"),
      new BpeMerge("ab", "c</w>"), new BpeMerge("b", "a</w>")));

  /** Characters in both forms; merge results final (without {@code </w>}) or with the separator. */
  @Test
  void unitsAreTheCharactersAndTheMergeResultsInTheirForms() {
    assertEquals(Set.of("a@@", "b@@", "c@@", "a", "b", "c", "ab@@", "abc", "ba"),
        BpeDropout.units(CODES, Set.of((int) 'a', (int) 'b', (int) 'c'), "@@", false));
  }

  /** With glossaries a part's final subword can be followed by another part: it gets @@ too. */
  @Test
  void withGlossariesFinalUnitsAlsoComeNonFinal() {
    assertEquals(Set.of("a@@", "b@@", "c@@", "a", "b", "c", "ab@@", "abc", "ba", "abc@@", "ba@@"),
        BpeDropout.units(CODES, Set.of((int) 'a', (int) 'b', (int) 'c'), "@@", true));
  }
}
