package org.s2s4j.seq2seq.inference;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.repository.zoo.Criteria;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.file.Path;
import java.util.List;
import org.s2s4j.decoding.Hypothesis;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.corpus.SearchTranslator;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.pipeline.TextOptions;

/**
 * A DJL {@code Translator} from a sentence to its translation, so that an application can use a
 * trained model through DJL's {@code Criteria}/{@code Predictor} API:
 *
 * <pre>{@code
 * Criteria<String, String> criteria = Seq2SeqTranslator.criteria(Path.of("runs/en-de"), "MXNet",
 *     new Seq2SeqTranslator(SearchStrategy.of(SearchOptions.defaults(5)), false));
 * try (ZooModel<String, String> model = criteria.loadModel();
 *     Predictor<String, String> predictor = model.newPredictor()) {
 *   String german = predictor.predict("A man is sleeping.");
 * }
 * }</pre>
 *
 * <p>{@link #prepare} loads the model directory that the criteria point at (its best checkpoint,
 * vocabularies and the text pipeline it recorded, which turns raw input into the model's tokens
 * and its output back into text) on the criteria's engine and device; the search runs in
 * {@link #processInput}, and the DJL block is a pass-through. Close the translator to free the
 * loaded model. Predictors may run on several threads; each call uses its own scorer.
 */
public final class Seq2SeqTranslator implements NoBatchifyTranslator<String, String>,
    AutoCloseable {

  private static final String RESULT = "s2s4j.hypotheses";
  private static final String SOURCE = "s2s4j.source";

  private final SearchStrategy search;
  private final TextOptions text;
  private final boolean replaceUnknown;
  private TrainedModel trained;
  private TextCodec codec;

  /** Translates raw text to raw text with the pipeline the model directory recorded. */
  public Seq2SeqTranslator(SearchStrategy search, boolean replaceUnknown) {
    this(search, TextOptions.AS_RECORDED, replaceUnknown);
  }

  /** @param text departures from the recorded pipeline (pre-tokenized input, tokens out, ...) */
  public Seq2SeqTranslator(SearchStrategy search, TextOptions text, boolean replaceUnknown) {
    this.search = search;
    this.text = text;
    this.replaceUnknown = replaceUnknown;
  }

  /** Criteria that load the model directory {@code modelDir} on {@code engine} with {@code translator}. */
  public static Criteria<String, String> criteria(Path modelDir, String engine,
      Seq2SeqTranslator translator) {
    return Criteria.builder().setTypes(String.class, String.class).optModelPath(modelDir)
        .optEngine(engine).optBlock(passThrough()).optOption("hasParameter", "false")
        .optTranslator(translator).build();
  }

  /** The DJL block of the criteria: the search happens in the translator, so it passes through. */
  public static Block passThrough() {
    return new LambdaBlock(list -> list, "s2s4j-translate");
  }

  @Override
  public synchronized void prepare(TranslatorContext ctx) throws Exception {
    if (trained != null) {
      return;
    }
    Model model = ctx.getModel();
    String device = model.getNDManager().getDevice().isGpu() ? "gpu" : "cpu";
    trained = TrainedModel.load(model.getModelPath(),
        model.getNDManager().getEngine().getEngineName(), device);
    codec = ModelTranslators.codec(trained, text);
  }

  @Override
  public NDList processInput(TranslatorContext ctx, String input) {
    List<String> tokens = codec.tokenize(input);
    ctx.setAttachment(SOURCE, tokens);
    if (tokens.isEmpty()) {
      ctx.setAttachment(RESULT, List.of());
      return new NDList();
    }
    List<List<Hypothesis>> found;
    try (ModelStepScorer scorer = ModelTranslators.scorer(trained, null)) {
      found = search.search(scorer, List.of(codec.encodeSource(tokens)));
    }
    ctx.setAttachment(RESULT, found);
    return new NDList(ctx.getNDManager().create(found.get(0).get(0).tokens()));
  }

  @Override
  @SuppressWarnings("unchecked")
  public String processOutput(TranslatorContext ctx, NDList list) {
    List<List<Hypothesis>> found = (List<List<Hypothesis>>) ctx.getAttachment(RESULT);
    if (found.isEmpty()) {
      return "";
    }
    List<String> source = (List<String>) ctx.getAttachment(SOURCE);
    return new SearchTranslator(codec, null, search, replaceUnknown)
        .toText(List.of(source), found).get(0).get(0).text();
  }

  @Override
  public synchronized void close() {
    if (trained != null) {
      trained.close();
      trained = null;
    }
  }
}
