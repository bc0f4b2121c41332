package org.s2s4j.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.s2s4j.cli.report.DecodeResults;
import org.s2s4j.corpora.io.AtomicOutput;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.decoding.Hypothesis;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.corpus.CorpusDecoder;
import org.s2s4j.decoding.corpus.CorpusOptions;
import org.s2s4j.decoding.corpus.DecodeSummary;
import org.s2s4j.decoding.corpus.LineSink;
import org.s2s4j.decoding.corpus.SearchTranslator;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.decoding.corpus.Translation;
import org.s2s4j.seq2seq.inference.ModelStepScorer;
import org.s2s4j.seq2seq.inference.ModelTranslators;
import org.s2s4j.evaluation.mt.Bleu;
import org.s2s4j.evaluation.mt.BleuOptions;
import org.s2s4j.evaluation.mt.BleuScore;
import org.s2s4j.evaluation.mt.Chrf;
import org.s2s4j.evaluation.mt.ChrfScore;
import org.s2s4j.seq2seq.Preprocessing;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.pipeline.TextOptions;
import org.s2s4j.tokenization.Tokenizer;
import org.s2s4j.tokenization.WhitespaceTokenizer;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * Decodes a test split with a trained model and the search of {@code s2s translate}, scores it
 * with BLEU and chrF, scores the copy-the-source baseline, and keeps a few sample translations
 * with their attention. A model trained on raw text reads the raw test source through its
 * recorded pipeline and is scored, detokenized, against the raw reference with sacreBLEU's
 * defaults (13a; lowercased if the model lowercases); a model trained on tokenized text reads
 * tokenized files and is scored on tokens (tokenize none).
 */
final class TestSetDecoder {

  private static final Tokenizer WHITESPACE = new WhitespaceTokenizer();

  private final int beam;
  private final int samples;
  private final int limit;
  private final boolean progress;

  /** @param limit decode only the first {@code limit} sentences (0: all) */
  TestSetDecoder(int beam, int samples, int limit, boolean progress) {
    this.beam = beam;
    this.samples = samples;
    this.limit = limit;
    this.progress = progress;
  }

  /** Output lines collected in memory, in input order. */
  private static final class Lines implements LineSink {
    final List<String> lines = new ArrayList<>();

    @Override
    public void writeLine(String text) {
      lines.add(text);
    }

    @Override
    public void checkpoint(long count) {}
  }

  /**
   * Translates {@code source} into {@code output} (atomically) and scores it against
   * {@code reference}.
   */
  DecodeResults decode(TrainedModel model, String split, Path source, Path reference, Path output)
      throws IOException {
    List<String> sources = ScoreInputs.read(source);
    List<String> references = ScoreInputs.read(reference);
    if (sources.size() != references.size()) {
      throw new InputFormatException(reference, 0, "has " + references.size() + " lines but "
          + source + " has " + sources.size());
    }
    if (sources.isEmpty()) {
      throw new InputFormatException(source, 0, "is empty");
    }
    if (limit > 0 && limit < sources.size()) {
      sources = List.copyOf(sources.subList(0, limit));
      references = List.copyOf(references.subList(0, limit));
    }
    Preprocessing.Side target = model.preprocessing().target();
    TextCodec codec = ModelTranslators.codec(model, new TextOptions(null, null, null,
        target.rawText()));
    // The same search and batching as `s2s translate` with its defaults, so that a report's test
    // score is the score a user gets from translate + score.
    SearchStrategy search = SearchStrategy.of(SearchOptions.defaults(beam));
    try (ModelStepScorer scorer = ModelTranslators.scorer(model, null)) {
      SearchTranslator translator = new SearchTranslator(codec, scorer, search, false);
      CorpusDecoder decoder = new CorpusDecoder(List.of(translator),
          CorpusOptions.defaults().withProgress(progress));
      Lines out = new Lines();
      DecodeSummary summary;
      byte[] text = (String.join("\n", sources) + "\n").getBytes(StandardCharsets.UTF_8);
      try (Utf8LineReader in = Utf8LineReader.of(new ByteArrayInputStream(text),
          source.toString())) {
        summary = decoder.translate(in, sources.size(), out, 0);
      }
      try (AtomicOutput file = AtomicOutput.create(output)) {
        Writer w = file.writer();
        for (String line : out.lines) {
          w.write(line);
          w.write('\n');
        }
        file.commit();
      }
      long outputTokens = out.lines.stream().mapToLong(l -> WHITESPACE.tokenize(l).size()).sum();
      Bleu bleu = new Bleu(target.rawText() ? BleuOptions.defaults().lowercase(target.lowercase())
          : BleuOptions.defaults().tokenize("none"));
      BleuScore score = bleu.corpusScore(out.lines, List.of(references));
      ChrfScore chrf = new Chrf().corpusScore(out.lines, List.of(references));
      BleuScore copy = bleu.corpusScore(sources, List.of(references));
      List<DecodeResults.Sample> picked = samples(translator, codec, sources, references);
      return new DecodeResults(split, source.toString(), reference.toString(), output.toString(),
          beam, sources.size(), summary.sourceTokens(), outputTokens, summary.seconds(),
          List.of(score(score.name(), score.score(), score.signature().format()),
              score(chrf.name(), chrf.score(), chrf.signature().format())),
          score(score.name(), copy.score(), copy.signature().format()), picked);
    }
  }

  private static DecodeResults.Score score(String name, double value, String signature) {
    return new DecodeResults.Score(name, value, signature);
  }

  /** The first non-empty sentences, decoded one at a time so that attention has no padding. */
  private List<DecodeResults.Sample> samples(SearchTranslator translator,
      TextCodec codec, List<String> sources, List<String> references) {
    List<DecodeResults.Sample> out = new ArrayList<>();
    for (int i = 0; i < sources.size() && out.size() < samples; i++) {
      List<String> tokens = translator.tokenize(sources.get(i));
      if (tokens.isEmpty()) {
        continue;
      }
      List<List<String>> batch = List.of(tokens);
      List<List<Hypothesis>> hyps = translator.hypotheses(batch);
      Hypothesis best = hyps.get(0).get(0);
      Translation text = translator.toText(batch, hyps).get(0).get(0);
      out.add(new DecodeResults.Sample(sources.get(i), references.get(i), text.text(), tokens,
          codec.decodeTarget(best.tokens()), best.attentionOver(tokens.size())));
    }
    return out;
  }
}
