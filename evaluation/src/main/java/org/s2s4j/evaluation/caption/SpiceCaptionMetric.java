package org.s2s4j.evaluation.caption;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SPICE (Anderson et al. 2016) as the COCO caption evaluation reports it ({@code Spice()}, the
 * "All" F-score): each caption is parsed into a scene graph with CoreNLP's rule-based scene graph
 * parser and turned into object, attribute and relation tuples; an image's reference tuples are
 * the union over its references; its score is the F1 of the candidate tuples against them; the
 * corpus score is the mean of the image scores, on a 0-1 scale.
 *
 * <p>Differences from SPICE 1.0: tuples match only when their lemmas are equal (SPICE 1.0 also
 * matches WordNet synonyms through Meteor's synsets, and merges synonymous objects of the
 * references), and the parser is the scene graph parser of the CoreNLP on the class path
 * (4.5.10), whose rules see Universal Dependencies v2 rather than the dependencies of SPICE 1.0's
 * CoreNLP 3.6.0. {@link #signature()} says so. Measured against SPICE 1.0 on the COCO fixture
 * (1,014 Multi30k images): corpus 0.194423 against 0.217788, 92 images with equal F (see the
 * README, "s2s score coco").
 *
 * <p>Needs the CoreNLP models jar on the class path ({@link #available()}); {@link #score} throws
 * {@link IllegalStateException} without it. Thread-safe; the parser loads on first use.
 */
public final class SpiceCaptionMetric implements CaptionMetric {

  private static final Logger LOG = LoggerFactory.getLogger(SpiceCaptionMetric.class);

  private static final List<String> NAMES = List.of("SPICE");

  private final Function<String, Set<SemanticTuple>> parser;

  /** SPICE with CoreNLP's scene graph parser, loaded on first use. */
  public SpiceCaptionMetric() {
    this(new LazyParser());
  }

  /** SPICE over the tuples {@code parser} gives each caption (for tests). */
  SpiceCaptionMetric(Function<String, Set<SemanticTuple>> parser) {
    this.parser = parser;
  }

  /** Whether the CoreNLP models SPICE needs are on the class path. */
  public static boolean available() {
    return SceneGraphTupleParser.modelsAvailable();
  }

  /**
   * What was computed and how tuples match, e.g.
   * {@code spice|parser:corenlp-4.5.10-scenegraph-pcfg|synonyms:none}; print it with every score.
   */
  public static String signature() {
    return "spice|parser:corenlp-" + SceneGraphTupleParser.coreNlpVersion()
        + "-scenegraph-pcfg|synonyms:none";
  }

  @Override
  public List<String> names() {
    return NAMES;
  }

  /**
   * Scores {@code items}, parsing every distinct caption once.
   *
   * @throws IllegalStateException if the CoreNLP models are not on the class path
   */
  @Override
  public List<MetricScore> score(List<CaptionItem> items) {
    CaptionMetric.checkNotEmpty(items);
    Map<String, Set<SemanticTuple>> parsed = new HashMap<>();
    Function<String, Set<SemanticTuple>> tuples = c -> parsed.computeIfAbsent(c, parser);
    long start = System.nanoTime();
    double[] scores = new double[items.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = statistics(items.get(i), tuples).f();
    }
    LOG.debug("SPICE parsed {} distinct captions in {} ms", parsed.size(),
        (System.nanoTime() - start) / 1_000_000);
    return List.of(new MetricScore(NAMES.get(0), NumpySum.mean(scores), scores));
  }

  /** The tuple statistics of one image: candidate tuples against the references' union. */
  static TupleFScore statistics(CaptionItem item, Function<String, Set<SemanticTuple>> tuples) {
    Set<SemanticTuple> reference = new HashSet<>();
    for (String ref : item.references()) {
      reference.addAll(tuples.apply(ref));
    }
    return TupleFScore.compare(tuples.apply(item.candidate()), reference);
  }

  /** Loads CoreNLP's pipeline once, on the first caption. */
  private static final class LazyParser implements Function<String, Set<SemanticTuple>> {

    private volatile SceneGraphTupleParser parser;

    @Override
    public Set<SemanticTuple> apply(String caption) {
      SceneGraphTupleParser p = parser;
      if (p == null) {
        synchronized (this) {
          if (parser == null) {
            parser = SceneGraphTupleParser.create();
          }
          p = parser;
        }
      }
      return p.parse(caption);
    }
  }
}
