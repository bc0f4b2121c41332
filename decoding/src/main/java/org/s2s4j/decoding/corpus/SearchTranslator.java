package org.s2s4j.decoding.corpus;

import java.util.ArrayList;
import java.util.List;
import org.s2s4j.decoding.Hypothesis;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.StepScorer;
import org.s2s4j.decoding.UnkReplacer;

/**
 * A {@link SentenceTranslator} made of a model's {@link TextCodec}, a {@link StepScorer} and a
 * {@link SearchStrategy}, with optional unknown-word replacement from the attention. Not
 * thread-safe (the scorer is not).
 */
public final class SearchTranslator implements SentenceTranslator {

  private final TextCodec codec;
  private final StepScorer scorer;
  private final SearchStrategy search;
  private final UnkReplacer unkReplacer;

  /** @param replaceUnknown replace each unknown output word by its most attended source token */
  public SearchTranslator(TextCodec codec, StepScorer scorer, SearchStrategy search,
      boolean replaceUnknown) {
    this.codec = codec;
    this.scorer = scorer;
    this.search = search;
    this.unkReplacer = replaceUnknown ? new UnkReplacer(codec.targetUnkId()) : null;
  }

  @Override
  public List<String> tokenize(String line) {
    return codec.tokenize(line);
  }

  @Override
  public List<List<Translation>> translate(List<List<String>> sources) {
    return toText(sources, hypotheses(sources));
  }

  /** The search results for tokenized sources, with their attention (for heatmaps). */
  public List<List<Hypothesis>> hypotheses(List<List<String>> sources) {
    List<int[]> ids = new ArrayList<>(sources.size());
    for (List<String> source : sources) {
      ids.add(codec.encodeSource(source));
    }
    return search.search(scorer, ids);
  }

  /** The text of each hypothesis. */
  public List<List<Translation>> toText(List<List<String>> sources,
      List<List<Hypothesis>> hypotheses) {
    List<List<Translation>> out = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      List<Translation> translations = new ArrayList<>();
      for (Hypothesis h : hypotheses.get(i)) {
        List<String> tokens = codec.decodeTarget(h.tokens());
        if (unkReplacer != null) {
          tokens = unkReplacer.replace(h, tokens, sources.get(i));
        }
        translations.add(new Translation(codec.detokenize(tokens), h.score(), h.logProb()));
      }
      out.add(translations);
    }
    return out;
  }
}
