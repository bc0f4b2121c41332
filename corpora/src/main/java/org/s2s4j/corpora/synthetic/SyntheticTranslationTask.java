package org.s2s4j.corpora.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A rule-based toy language pair that an attention model learns in minutes, for demos and tests
 * that must run offline.
 *
 * <p>The source is English-like: {@code SUBJECT VERB OBJECT [PREP NP] .}, noun phrases
 * {@code [the|a] ADJ* NOUN}, plurals without an indefinite article, subject–verb agreement. The
 * target uses German words with a toy grammar that needs what translation needs:
 *
 * <ul>
 *   <li><b>reordering</b>: the verb goes last and the prepositional phrase moves before the object
 *       ({@code SUBJECT [PREP NP] OBJECT VERB .}); adjectives follow their noun;
 *   <li><b>agreement</b>: articles by gender, number, definiteness and case (subject nominative,
 *       object accusative, after a preposition dative); adjectives take {@code -er/-e/-es/-en} by
 *       gender and number; the verb agrees with the subject's number.
 * </ul>
 *
 * <p>Example: {@code the big dog sees a small cat near the old tree .} →
 * {@code der hund großer bei dem baum alter eine katze kleine sieht .}
 *
 * <p>Generation is deterministic for a seed (on every JVM). Immutable and thread-safe.
 */
public final class SyntheticTranslationTask {

  /** A source sentence and its translation, both as space-separated tokens. */
  public record Pair(String source, String target) {}

  enum Gender { M, F, N }

  enum Case { NOMINATIVE, ACCUSATIVE, DATIVE }

  record Noun(String sourceSingular, String sourcePlural, String targetSingular,
      String targetPlural, Gender gender) {}

  record Adjective(String source, String targetStem) {}

  record Verb(String sourceSingular, String sourcePlural, String targetSingular,
      String targetPlural) {}

  record Preposition(String source, String target) {}

  /** A noun phrase before rendering. */
  record NounPhrase(Noun noun, List<Adjective> adjectives, boolean plural, boolean definite) {}

  private static final String LEXICON = "lexicon.tsv";

  private final List<Noun> nouns = new ArrayList<>();
  private final List<Adjective> adjectives = new ArrayList<>();
  private final List<Verb> verbs = new ArrayList<>();
  private final List<Preposition> prepositions = new ArrayList<>();

  private SyntheticTranslationTask() {}

  /** The task with its built-in lexicon. */
  public static SyntheticTranslationTask create() {
    SyntheticTranslationTask task = new SyntheticTranslationTask();
    try (InputStream in = SyntheticTranslationTask.class.getResourceAsStream(LEXICON)) {
      Objects.requireNonNull(in, "missing resource " + LEXICON);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        switch (f[0]) {
          case "noun" -> task.nouns.add(
              new Noun(f[1], f[2], f[3], f[4], Gender.valueOf(f[5].toUpperCase(Locale.ROOT))));
          case "adj" -> task.adjectives.add(new Adjective(f[1], f[2]));
          case "verb" -> task.verbs.add(new Verb(f[1], f[2], f[3], f[4]));
          case "prep" -> task.prepositions.add(new Preposition(f[1], f[2]));
          default -> throw new IllegalStateException(LEXICON + ": unknown entry kind " + f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return task;
  }

  /**
   * {@code count} distinct sentence pairs drawn with {@code seed}; pairs whose source is in
   * {@code exclude} are skipped (so test sentences never occur in training data). The sources of
   * the returned pairs are added to {@code exclude}.
   */
  public List<Pair> generate(long seed, int count, Set<String> exclude) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Pair> pairs = new ArrayList<>(count);
    int attempts = 0;
    while (pairs.size() < count) {
      if (++attempts > 20 * count + 1000) {
        throw new IllegalArgumentException(
            "cannot draw " + count + " distinct sentences; got " + pairs.size());
      }
      Pair pair = sample(random);
      if (exclude.add(pair.source())) {
        pairs.add(pair);
      }
    }
    return pairs;
  }

  /** {@code count} distinct pairs drawn with {@code seed}. */
  public List<Pair> generate(long seed, int count) {
    return generate(seed, count, new HashSet<>());
  }

  Pair sample(SplittableRandom random) {
    NounPhrase subject = nounPhrase(random);
    Verb verb = pick(verbs, random);
    NounPhrase object = nounPhrase(random);
    Preposition preposition = random.nextInt(2) == 0 ? pick(prepositions, random) : null;
    NounPhrase prepObject = preposition == null ? null : nounPhrase(random);
    return render(subject, verb, object, preposition, prepObject);
  }

  Pair render(NounPhrase subject, Verb verb, NounPhrase object, Preposition preposition,
      NounPhrase prepObject) {
    List<String> src = new ArrayList<>();
    List<String> tgt = new ArrayList<>();
    source(subject, src);
    src.add(subject.plural() ? verb.sourcePlural() : verb.sourceSingular());
    source(object, src);
    target(subject, Case.NOMINATIVE, tgt);
    if (preposition != null) {
      src.add(preposition.source());
      source(prepObject, src);
      tgt.add(preposition.target());
      target(prepObject, Case.DATIVE, tgt);
    }
    target(object, Case.ACCUSATIVE, tgt);
    tgt.add(subject.plural() ? verb.targetPlural() : verb.targetSingular());
    src.add(".");
    tgt.add(".");
    return new Pair(String.join(" ", src), String.join(" ", tgt));
  }

  private NounPhrase nounPhrase(SplittableRandom random) {
    int adjectiveCount = random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
    List<Adjective> adjs = new ArrayList<>(adjectiveCount);
    while (adjs.size() < adjectiveCount) {
      Adjective a = pick(adjectives, random);
      if (!adjs.contains(a)) {
        adjs.add(a);
      }
    }
    boolean plural = random.nextInt(10) < 3;
    boolean definite = random.nextInt(10) < 6;
    return new NounPhrase(pick(nouns, random), adjs, plural, definite);
  }

  private static void source(NounPhrase np, List<String> out) {
    if (np.definite()) {
      out.add("the");
    } else if (!np.plural()) {
      out.add("a");
    }
    np.adjectives().forEach(a -> out.add(a.source()));
    out.add(np.plural() ? np.noun().sourcePlural() : np.noun().sourceSingular());
  }

  private static void target(NounPhrase np, Case grammaticalCase, List<String> out) {
    String article = article(np, grammaticalCase);
    if (article != null) {
      out.add(article);
    }
    out.add(np.plural() ? np.noun().targetPlural() : np.noun().targetSingular());
    String ending = np.plural() ? "en" : switch (np.noun().gender()) {
      case M -> "er";
      case F -> "e";
      case N -> "es";
    };
    np.adjectives().forEach(a -> out.add(a.targetStem() + ending));
  }

  /** The article, or null for an indefinite plural. */
  static String article(NounPhrase np, Case c) {
    if (np.plural()) {
      if (!np.definite()) {
        return null;
      }
      return c == Case.DATIVE ? "den" : "die";
    }
    Gender g = np.noun().gender();
    if (np.definite()) {
      return switch (c) {
        case NOMINATIVE -> g == Gender.M ? "der" : g == Gender.F ? "die" : "das";
        case ACCUSATIVE -> g == Gender.M ? "den" : g == Gender.F ? "die" : "das";
        case DATIVE -> g == Gender.F ? "der" : "dem";
      };
    }
    return switch (c) {
      case NOMINATIVE -> g == Gender.F ? "eine" : "ein";
      case ACCUSATIVE -> g == Gender.M ? "einen" : g == Gender.F ? "eine" : "ein";
      case DATIVE -> g == Gender.F ? "einer" : "einem";
    };
  }

  private static <T> T pick(List<T> items, SplittableRandom random) {
    return items.get(random.nextInt(items.size()));
  }

  Noun noun(String source) {
    return nouns.stream().filter(n -> n.sourceSingular().equals(source)).findFirst().orElseThrow();
  }

  Adjective adjective(String source) {
    return adjectives.stream().filter(a -> a.source().equals(source)).findFirst().orElseThrow();
  }

  Verb verb(String source) {
    return verbs.stream().filter(v -> v.sourceSingular().equals(source)).findFirst().orElseThrow();
  }

  Preposition preposition(String source) {
    return prepositions.stream().filter(p -> p.source().equals(source)).findFirst().orElseThrow();
  }
}
