package org.s2s4j.evaluation.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.s2s4j.evaluation.caption.meteor.FunctionWords;
import org.s2s4j.evaluation.caption.meteor.MeteorAligner;
import org.s2s4j.evaluation.caption.meteor.MeteorMatcher;
import org.s2s4j.evaluation.caption.meteor.MeteorModule;
import org.s2s4j.evaluation.caption.meteor.MeteorNormalizer;
import org.s2s4j.evaluation.caption.meteor.MeteorParameters;
import org.s2s4j.evaluation.caption.meteor.MeteorStats;
import org.s2s4j.evaluation.caption.meteor.MeteorWords;
import org.s2s4j.evaluation.caption.meteor.SynonymDictionary;

/**
 * METEOR as the COCO caption evaluation computes it ({@code Meteor()}, which runs
 * {@code meteor-1.5.jar - - -stdio -l en -norm}), without the paraphrase module.
 *
 * <p>Per image: the candidate loses every {@code |||} and has each double space made single (as
 * the COCO wrapper does), candidate and references are {@linkplain MeteorNormalizer normalized},
 * the candidate is aligned to each reference and the reference with the highest score is kept (the
 * first of equals). The image's score is that score; the corpus score is computed from the
 * statistics summed over images ({@link MeteorStats#plus}), not as a mean of image scores.
 *
 * <p>Modules: exact and stem always, synonym when a {@link SynonymDictionary} is given; the
 * reference's paraphrase module needs its paraphrase table, which is not available, so scores are
 * lower than the reference's wherever it would have found a paraphrase. See {@link #signature()}.
 * Immutable and thread-safe.
 */
public final class MeteorCaptionMetric implements CaptionMetric {

  private static final List<String> NAMES = List.of("METEOR");

  private final MeteorAligner aligner;
  private final FunctionWords functionWords;
  private final MeteorParameters parameters;
  private final Optional<SynonymDictionary> synonyms;

  /** METEOR with {@code functionWords} and, if present, {@code synonyms}. */
  public MeteorCaptionMetric(FunctionWords functionWords, Optional<SynonymDictionary> synonyms) {
    this.aligner = new MeteorAligner(new MeteorMatcher(true, synonyms));
    this.functionWords = functionWords;
    this.parameters = MeteorParameters.ENGLISH;
    this.synonyms = synonyms;
  }

  /** Exact and stem matching, with the stand-in function-word list. */
  public static MeteorCaptionMetric exactAndStem() {
    return new MeteorCaptionMetric(FunctionWords.snowballEnglish(), Optional.empty());
  }

  @Override
  public List<String> names() {
    return NAMES;
  }

  /**
   * What was computed, e.g.
   * {@code meteor-1.5|modules:exact,stem|norm:yes|lang:en|params:0.85_0.2_0.6_0.75|fw:snowball-english-stop}
   * (plus {@code |syn:SOURCE} with synonyms).
   */
  public String signature() {
    String modules = aligner.matcher().modules().stream().map(MeteorModule::label)
        .collect(Collectors.joining(","));
    return "meteor-1.5|modules:" + modules + "|norm:yes|lang:en|params:" + parameters.label()
        + "|fw:" + functionWords.source()
        + synonyms.map(s -> "|syn:" + s.source()).orElse("");
  }

  /** The statistics of the best-scoring reference for {@code item}. */
  public MeteorStats stats(CaptionItem item) {
    List<String> hyp = MeteorWords.split(
        MeteorNormalizer.normalize(item.candidate().replace("|||", "").replace("  ", " ").trim()));
    MeteorStats best = null;
    double bestScore = -1;
    for (String reference : references(item)) {
      List<String> ref = MeteorWords.split(MeteorNormalizer.normalize(reference));
      MeteorStats stats = MeteorStats.of(hyp, ref, aligner.align(hyp, ref), functionWords);
      double score = parameters.score(stats);
      if (score > bestScore) {
        best = stats;
        bestScore = score;
      }
    }
    return best;
  }

  /** The references as the reference jar reads them from the wrapper's {@code |||}-joined line. */
  private static List<String> references(CaptionItem item) {
    List<String> out = new ArrayList<>();
    for (String reference : item.references()) {
      for (String part : reference.split("\\|\\|\\|", -1)) {
        out.add(part.trim());
      }
    }
    return out;
  }

  /** The score of one set of statistics. */
  public double score(MeteorStats stats) {
    return parameters.score(stats);
  }

  @Override
  public List<MetricScore> score(List<CaptionItem> items) {
    CaptionMetric.checkNotEmpty(items);
    double[] scores = new double[items.size()];
    MeteorStats total = MeteorStats.EMPTY;
    for (int i = 0; i < scores.length; i++) {
      MeteorStats stats = stats(items.get(i));
      scores[i] = parameters.score(stats);
      total = total.plus(stats);
    }
    return List.of(new MetricScore(NAMES.get(0), parameters.score(total), scores));
  }
}
