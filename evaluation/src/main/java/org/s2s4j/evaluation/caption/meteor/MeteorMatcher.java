package org.s2s4j.evaluation.caption.meteor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Finds every candidate match between a hypothesis and a reference, module by module, as the
 * reference's matchers do: exact (equal words), stem (different words, equal Snowball "english"
 * stems, i.e. Porter2) and synonym (different words sharing a synset).
 *
 * <p>Words, and stems, are compared by their {@link String#hashCode()} as in the reference, which
 * keys them that way; two different words with the same hash count as equal there and here. When
 * both sentences are the same word sequence only the exact module runs (the reference does this
 * to keep the beam search from going wrong). Immutable and thread-safe.
 */
public final class MeteorMatcher {

  private final boolean stem;
  private final Optional<SynonymDictionary> synonyms;

  /** A matcher with exact matching, stem matching if {@code stem}, and synonyms if given. */
  public MeteorMatcher(boolean stem, Optional<SynonymDictionary> synonyms) {
    this.stem = stem;
    this.synonyms = synonyms;
  }

  /** The modules this matcher runs, in order. */
  public List<MeteorModule> modules() {
    List<MeteorModule> out = new ArrayList<>(List.of(MeteorModule.EXACT));
    if (stem) {
      out.add(MeteorModule.STEM);
    }
    synonyms.ifPresent(s -> out.add(MeteorModule.SYNONYM));
    return out;
  }

  /**
   * The candidate matches, grouped by reference word: element {@code j} lists the matches of
   * reference word {@code j} in the order the reference finds them (module by module, then by
   * hypothesis word).
   */
  public List<List<MeteorMatch>> candidates(List<String> hyp, List<String> ref) {
    int[] hypKeys = keys(hyp);
    int[] refKeys = keys(ref);
    List<List<MeteorMatch>> byRef = new ArrayList<>(ref.size());
    for (int j = 0; j < ref.size(); j++) {
      byRef.add(new ArrayList<>());
    }
    for (int j = 0; j < ref.size(); j++) {
      for (int i = 0; i < hyp.size(); i++) {
        if (hypKeys[i] == refKeys[j]) {
          byRef.get(j).add(new MeteorMatch(MeteorModule.EXACT, j, i));
        }
      }
    }
    if (Arrays.equals(hypKeys, refKeys)) {
      return byRef;
    }
    if (stem) {
      int[] hypStems = stemKeys(hyp);
      int[] refStems = stemKeys(ref);
      for (int j = 0; j < ref.size(); j++) {
        for (int i = 0; i < hyp.size(); i++) {
          if (hypStems[i] == refStems[j] && hypKeys[i] != refKeys[j]) {
            byRef.get(j).add(new MeteorMatch(MeteorModule.STEM, j, i));
          }
        }
      }
    }
    if (synonyms.isPresent()) {
      List<Set<Integer>> hypSets = hyp.stream().map(synonyms.get()::synsetsOf).toList();
      List<Set<Integer>> refSets = ref.stream().map(synonyms.get()::synsetsOf).toList();
      for (int j = 0; j < ref.size(); j++) {
        for (int i = 0; i < hyp.size(); i++) {
          if (hypKeys[i] != refKeys[j] && shareAny(hypSets.get(i), refSets.get(j))) {
            byRef.get(j).add(new MeteorMatch(MeteorModule.SYNONYM, j, i));
          }
        }
      }
    }
    return byRef;
  }

  private static boolean shareAny(Set<Integer> a, Set<Integer> b) {
    for (Integer x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static int[] keys(List<String> words) {
    int[] keys = new int[words.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = words.get(i).hashCode();
    }
    return keys;
  }

  private static int[] stemKeys(List<String> words) {
    EnglishStemmer stemmer = new EnglishStemmer();
    int[] keys = new int[words.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = stem(stemmer, words.get(i)).hashCode();
    }
    return keys;
  }

  /** The Snowball English stem of {@code word}. */
  static String stem(EnglishStemmer stemmer, String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
