package org.s2s4j.corpora.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.s2s4j.corpora.synthetic.SyntheticTranslationTask.NounPhrase;
import org.s2s4j.corpora.synthetic.SyntheticTranslationTask.Pair;

class SyntheticTranslationTaskTest {

  private final SyntheticTranslationTask task = SyntheticTranslationTask.create();

  private NounPhrase np(String noun, boolean plural, boolean definite, String... adjectives) {
    return new NounPhrase(task.noun(noun),
        Arrays.stream(adjectives).map(task::adjective).toList(), plural, definite);
  }

  @Test
  void verbGoesLastAdjectivesFollowArticlesAgree() {
    Pair p = task.render(np("dog", false, true, "big"), task.verb("sees"),
        np("cat", false, false, "small"), task.preposition("near"), np("tree", false, true, "old"));
    assertEquals("the big dog sees a small cat near the old tree .", p.source());
    assertEquals("der hund großer bei dem baum alter eine katze kleine sieht .", p.target());
  }

  @Test
  void pluralSubjectTakesPluralVerbAndIndefinitePluralHasNoArticle() {
    Pair p = task.render(np("child", true, true), task.verb("likes"),
        np("ball", true, false, "red", "blue"), null, null);
    assertEquals("the children like red blue balls .", p.source());
    assertEquals("die kinder bälle roten blauen mögen .", p.target());
  }

  @Test
  void accusativeAndDativeArticlesByGender() {
    Pair p = task.render(np("woman", false, false), task.verb("carries"),
        np("hat", false, true, "black"), task.preposition("with"), np("bag", false, false));
    assertEquals("a woman carries the black hat with a bag .", p.source());
    assertEquals("eine frau mit einer tasche den hut schwarzer trägt .", p.target());
  }

  @Test
  void generationIsDeterministicDistinctAndRespectsExclusions() {
    List<Pair> a = task.generate(7, 500);
    assertEquals(a, task.generate(7, 500));
    assertEquals(500, a.stream().map(Pair::source).distinct().count());
    Set<String> seen = new HashSet<>();
    List<Pair> test = task.generate(1, 200, seen);
    List<Pair> train = task.generate(2, 2000, seen);
    Set<String> testSources = new HashSet<>();
    test.forEach(p -> testSources.add(p.source()));
    assertFalse(train.stream().anyMatch(p -> testSources.contains(p.source())));
  }
}
