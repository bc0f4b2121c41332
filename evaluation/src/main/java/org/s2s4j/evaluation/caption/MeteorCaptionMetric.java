package org.s2s4j.evaluation.caption;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.s2s4j.evaluation.caption.meteor.FunctionWords;
import org.s2s4j.evaluation.caption.meteor.MeteorAligner;
import org.s2s4j.evaluation.caption.meteor.MeteorMatcher;
import org.s2s4j.evaluation.caption.meteor.MeteorModule;
import org.s2s4j.evaluation.caption.meteor.MeteorNormalizer;
import org.s2s4j.evaluation.caption.meteor.MeteorParameters;
import org.s2s4j.evaluation.caption.meteor.MeteorStats;
import org.s2s4j.evaluation.caption.meteor.MeteorWords;

/**
 * METEOR 1.5 as the COCO caption evaluation runs it ({@code Meteor()}, which runs
 * {@code meteor-1.5.jar - - -stdio -l en -norm}), with the modules and normalization chosen as
 * METEOR's {@code -m} and {@code -norm} choose them.
 *
 * <p>Per image: the candidate loses every {@code |||} and has each double space made single (as
 * the COCO wrapper does); with normalization candidate and references are
 * {@linkplain MeteorNormalizer normalized} and lower-cased, without it they are only split at
 * whitespace (METEOR then does not lower-case either); the candidate is aligned to each reference
 * and the reference with the highest score is kept (the first of equals). The image's score is
 * that score; the corpus score is computed from the statistics summed over images
 * ({@link MeteorStats#plus}), not as a mean of image scores.
 *
 * <p>The COCO default is {@code -norm} with all four modules, exact, stem, synonym and
 * paraphrase; the last two need METEOR's synonym files and paraphrase table, which the user
 * supplies. {@link #signature()} names what ran. Immutable and thread-safe.
 */
public final class MeteorCaptionMetric implements CaptionMetric {

  private static final List<String> NAMES = List.of("METEOR");

  private final MeteorAligner aligner;
  private final boolean normalize;
  private final FunctionWords functionWords;
  private final MeteorParameters parameters;

  /**
   * METEOR with {@code matcher}'s modules (METEOR's {@code -m}), METEOR's {@code -norm} if
   * {@code normalize}, and {@code functionWords}.
   */
  public MeteorCaptionMetric(MeteorMatcher matcher, boolean normalize,
      FunctionWords functionWords) {
    this.aligner = new MeteorAligner(matcher);
    this.normalize = normalize;
    this.functionWords = functionWords;
    this.parameters = MeteorParameters.english(matcher.modules().size());
  }

  /**
   * What s2s4j runs without synonym files or paraphrase table: {@code -norm -m "exact stem"} with
   * METEOR's English function words.
   */
  public static MeteorCaptionMetric exactAndStem() {
    return new MeteorCaptionMetric(new MeteorMatcher(List.of(MeteorModule.EXACT,
        MeteorModule.STEM), Optional.empty(), Optional.empty()), true,
        FunctionWords.meteorEnglish());
  }

  @Override
  public List<String> names() {
    return NAMES;
  }

  /**
   * What was computed, e.g.
   * {@code meteor-1.5|modules:exact,stem|norm:yes|lang:en|params:0.85_0.2_0.6_0.75|weights:1.0_0.6|fw:meteor-1.5-english}
   * (plus {@code |syn:SOURCE} with synonyms and {@code |para:SOURCE} with paraphrases).
   */
  public String signature() {
    MeteorMatcher matcher = aligner.matcher();
    return "meteor-1.5|modules:" + matcher.label(",") + "|norm:" + (normalize ? "yes" : "no")
        + "|lang:en|params:" + parameters.label() + "|weights:" + parameters.weightsLabel()
        + "|fw:" + functionWords.source()
        + matcher.synonyms().map(s -> "|syn:" + s.source()).orElse("")
        + matcher.paraphrases().map(p -> "|para:" + p.source()).orElse("");
  }

  /** The statistics of the best-scoring reference for {@code item}. */
  public MeteorStats stats(CaptionItem item) {
    List<String> hyp = words(item.candidate().replace("|||", "").replace("  ", " ").trim());
    MeteorStats best = null;
    double bestScore = -1;
    for (String reference : references(item)) {
      List<String> ref = words(reference);
      MeteorStats stats = MeteorStats.of(hyp, ref, aligner.align(hyp, ref), functionWords);
      double score = parameters.score(stats);
      if (score > bestScore) {
        best = stats;
        bestScore = score;
      }
    }
    return best;
  }

  private List<String> words(String text) {
    return MeteorWords.split(normalize ? MeteorNormalizer.normalize(text) : text);
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
