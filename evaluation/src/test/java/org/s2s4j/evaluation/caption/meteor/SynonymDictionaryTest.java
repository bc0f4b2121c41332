package org.s2s4j.evaluation.caption.meteor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymDictionaryTest {

  @TempDir Path dir;

  /** A WordNet database in miniature: index lines as WordNet 3.0 writes them, and exceptions. */
  private Path wordnet() throws IOException {
    Files.write(dir.resolve("index.noun"), List.of(
        "  1 This software and database is being provided to you, the LICENSEE, by  ",
        "dog n 2 3 @ ~ #m 2 1 02084071 10114209  ",
        "goose n 1 2 @ ~ 1 0 01855672  ",
        "hound n 1 1 @ 1 0 02087551  ",
        "pooch n 1 1 @ 1 0 02084071  "));
    Files.write(dir.resolve("index.verb"), List.of("dog v 1 2 @ ~ 1 0 02003725  "));
    for (String f : List.of("index.adj", "index.adv", "verb.exc", "adj.exc", "adv.exc")) {
      Files.write(dir.resolve(f), List.of());
    }
    Files.write(dir.resolve("noun.exc"), List.of("geese goose", "dogs dog"));
    return dir;
  }

  @Test
  void aWordNetDatabaseGivesEachLemmaTheOffsetsOfItsSensesInEveryPartOfSpeech() throws IOException {
    SynonymDictionary d = SynonymDictionary.read(wordnet());
    assertEquals(Set.of(2084071, 10114209, 2003725), d.synsetsOf("dog"));
    assertEquals(Set.of(2084071), d.synsetsOf("pooch")); // shares 02084071 with dog
    assertEquals(Set.of(1855672), d.synsetsOf("geese"));  // through noun.exc
    assertEquals(Set.of(2087551), d.synsetsOf("hounds")); // through the suffix rules
    assertEquals("wordnet-dir:" + dir.getFileName(), d.source());
  }

  @Test
  void aMalformedIndexLineNamesFileAndLine() throws IOException {
    wordnet();
    Files.write(dir.resolve("index.adv"), List.of("  1 header", "quickly r x"));
    IOException e = assertThrows(IOException.class, () -> SynonymDictionary.read(dir));
    assertTrue(e.getMessage().contains("index.adv line 2"), e.getMessage());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertTrue(assertThrows(IOException.class, () -> SynonymDictionary.read(empty)).getMessage()
        .contains("neither METEOR's english.synsets nor a WordNet 3.0 database"));
  }
}
