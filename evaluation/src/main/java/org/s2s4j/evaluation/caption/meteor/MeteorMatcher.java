package org.s2s4j.evaluation.caption.meteor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Finds every candidate match between a hypothesis and a reference, module by module in the
 * order given, as the reference's matchers do: exact (equal words), stem (different words, equal
 * Snowball "english" stems, i.e. Porter2), synonym (different words sharing a synset) and
 * paraphrase (a phrase of one side listed in a {@link ParaphraseTable} with a phrase of the other
 * as its paraphrase, in either direction; equal phrases are not excluded).
 *
 * <p>Words, and stems, are compared by their {@link String#hashCode()} as in the reference, which
 * keys them that way; two different words with the same hash count as equal there and here. When
 * both sentences are the same word sequence only the first module runs (the reference does this
 * to keep the beam search from going wrong). Immutable and thread-safe.
 */
public final class MeteorMatcher {

  private final List<MeteorModule> modules;
  private final Optional<SynonymDictionary> synonyms;
  private final Optional<ParaphraseTable> paraphrases;

  /**
   * A matcher running {@code modules} in this order.
   *
   * @throws IllegalArgumentException if {@code modules} is empty or has more than 4 entries, or
   *     names synonym without {@code synonyms} or paraphrase without {@code paraphrases}
   */
  public MeteorMatcher(List<MeteorModule> modules, Optional<SynonymDictionary> synonyms,
      Optional<ParaphraseTable> paraphrases) {
    if (modules.isEmpty() || modules.size() > MeteorStats.STAGES
        || Set.copyOf(modules).size() != modules.size()) {
      throw new IllegalArgumentException("METEOR needs 1 to " + MeteorStats.STAGES
          + " distinct modules, not " + modules);
    }
    if (modules.contains(MeteorModule.SYNONYM) && synonyms.isEmpty()) {
      throw new IllegalArgumentException("the METEOR synonym module needs synonym files");
    }
    if (modules.contains(MeteorModule.PARAPHRASE) && paraphrases.isEmpty()) {
      throw new IllegalArgumentException("the METEOR paraphrase module needs a paraphrase table");
    }
    this.modules = List.copyOf(modules);
    this.synonyms = synonyms;
    this.paraphrases = paraphrases;
  }

  /** The modules this matcher runs, in order. */
  public List<MeteorModule> modules() {
    return modules;
  }

  /** The synonym dictionary, if the synonym module runs. */
  public Optional<SynonymDictionary> synonyms() {
    return modules.contains(MeteorModule.SYNONYM) ? synonyms : Optional.empty();
  }

  /** The paraphrase table, if the paraphrase module runs. */
  public Optional<ParaphraseTable> paraphrases() {
    return modules.contains(MeteorModule.PARAPHRASE) ? paraphrases : Optional.empty();
  }

  /** The module labels joined by {@code separator}, e.g. {@code exact,stem}. */
  public String label(String separator) {
    return modules.stream().map(MeteorModule::label).collect(Collectors.joining(separator));
  }

  /**
   * The candidate matches of {@code hyp} against {@code ref}.
   *
   * @param byRef element {@code j} lists the matches whose reference side starts at word
   *     {@code j}, in the order the reference finds them (module by module, then as each
   *     matcher scans)
   * @param hypCoverage how many candidates cover each hypothesis word
   * @param refCoverage how many candidates cover each reference word
   */
  public record Candidates(List<List<MeteorMatch>> byRef, int[] hypCoverage, int[] refCoverage) {

    void add(MeteorMatch m) {
      byRef.get(m.ref()).add(m);
      for (int k = m.hyp(); k < m.hypEnd(); k++) {
        hypCoverage[k]++;
      }
      for (int k = m.ref(); k < m.refEnd(); k++) {
        refCoverage[k]++;
      }
    }
  }

  /** Every candidate match of {@code hyp} against {@code ref}. */
  public Candidates candidates(List<String> hyp, List<String> ref) {
    List<List<MeteorMatch>> byRef = new ArrayList<>(ref.size());
    for (int j = 0; j < ref.size(); j++) {
      byRef.add(new ArrayList<>());
    }
    Candidates out = new Candidates(byRef, new int[hyp.size()], new int[ref.size()]);
    int[] hypKeys = keys(hyp);
    int[] refKeys = keys(ref);
    int used = Arrays.equals(hypKeys, refKeys) ? 1 : modules.size();
    for (int stage = 0; stage < used; stage++) {
      switch (modules.get(stage)) {
        case EXACT -> matchKeys(out, MeteorModule.EXACT, stage, hypKeys, refKeys, null, null);
        case STEM -> matchKeys(out, MeteorModule.STEM, stage, stemKeys(hyp), stemKeys(ref),
            hypKeys, refKeys);
        case SYNONYM -> matchSynonyms(out, stage, hyp, ref, hypKeys, refKeys);
        case PARAPHRASE -> matchParaphrases(out, stage, hyp, ref);
      }
    }
    return out;
  }

  /** Word pairs with equal {@code keys}; if {@code wordKeys} are given, only different words. */
  private static void matchKeys(Candidates out, MeteorModule module, int stage, int[] hypKeys,
      int[] refKeys, int[] hypWords, int[] refWords) {
    for (int j = 0; j < refKeys.length; j++) {
      for (int i = 0; i < hypKeys.length; i++) {
        if (hypKeys[i] == refKeys[j] && (hypWords == null || hypWords[i] != refWords[j])) {
          out.add(new MeteorMatch(module, stage, j, i));
        }
      }
    }
  }

  private void matchSynonyms(Candidates out, int stage, List<String> hyp, List<String> ref,
      int[] hypKeys, int[] refKeys) {
    SynonymDictionary dictionary = synonyms.orElseThrow();
    List<Set<Integer>> hypSets = hyp.stream().map(dictionary::synsetsOf).toList();
    List<Set<Integer>> refSets = ref.stream().map(dictionary::synsetsOf).toList();
    for (int j = 0; j < ref.size(); j++) {
      for (int i = 0; i < hyp.size(); i++) {
        if (hypKeys[i] != refKeys[j] && shareAny(hypSets.get(i), refSets.get(j))) {
          out.add(new MeteorMatch(MeteorModule.SYNONYM, stage, j, i));
        }
      }
    }
  }

  /**
   * Reference phrases whose paraphrase occurs in the hypothesis, then hypothesis phrases whose
   * paraphrase occurs in the reference.
   */
  private void matchParaphrases(Candidates out, int stage, List<String> hyp, List<String> ref) {
    ParaphraseTable table = paraphrases.orElseThrow();
    int[] hypIds = hyp.stream().mapToInt(table::id).toArray();
    int[] refIds = ref.stream().mapToInt(table::id).toArray();
    for (int j = 0; j < refIds.length; j++) {
      int[] phrases = table.phrasesAt(refIds, j);
      for (int p = 0; p < phrases.length; p += 2) {
        int[] words = table.paraphrase(phrases[p + 1]);
        for (int i = 0; i < hypIds.length; i++) {
          if (occursAt(hypIds, i, words)) {
            out.add(new MeteorMatch(MeteorModule.PARAPHRASE, stage, j, phrases[p], i,
                words.length));
          }
        }
      }
    }
    for (int i = 0; i < hypIds.length; i++) {
      int[] phrases = table.phrasesAt(hypIds, i);
      for (int p = 0; p < phrases.length; p += 2) {
        int[] words = table.paraphrase(phrases[p + 1]);
        for (int j = 0; j < refIds.length; j++) {
          if (occursAt(refIds, j, words)) {
            out.add(new MeteorMatch(MeteorModule.PARAPHRASE, stage, j, words.length, i,
                phrases[p]));
          }
        }
      }
    }
  }

  private static boolean occursAt(int[] line, int start, int[] words) {
    if (start + words.length > line.length) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (line[start + k] != words[k]) {
        return false;
      }
    }
    return true;
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
