package org.s2s4j.bench.decoding;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.decoding.LengthLimits;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.seq2seq.inference.ModelStepScorer;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.StepDecoder;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.tokenization.Tokenizer;
import org.s2s4j.tokenization.Tokenizers;

/**
 * Decoding speed on the engine: sentences/s of beam and greedy search at several batch sizes.
 * With {@code --model DIR} a trained model and its vocabulary; without, a randomly initialised
 * model of the default architecture (V = 8000, embeddings 256, 2 × 256 bidirectional encoder,
 * 512 decoder) with words hashed to ids, whose output lengths are then fixed by the length limits
 * (at most the source length + 2) rather than by the model.
 *
 * <p>Usage: {@code DecodingSpeedBench SOURCE_FILE SENTENCES BEAM BATCH[,BATCH...] [--model DIR]}
 */
public final class DecodingSpeedBench {

  private DecodingSpeedBench() {}

  public static void main(String[] args) throws IOException {
    Path sourceFile = Path.of(args[0]);
    int sentences = Integer.parseInt(args[1]);
    int beam = Integer.parseInt(args[2]);
    String[] batches = args[3].split(",");
    Path modelDir = args.length > 5 && args[4].equals("--model") ? Path.of(args[5]) : null;
    Tokenizer tokenizer = Tokenizers.create("moses", "en", true);
    List<List<String>> lines = new ArrayList<>();
    try (Utf8LineReader reader = Utf8LineReader.open(sourceFile)) {
      String line;
      while (lines.size() < sentences && (line = reader.readLine()) != null) {
        lines.add(tokenizer.tokenize(line));
      }
    }
    TrainedModel trained = null;
    NDManager manager;
    Seq2SeqModel model;
    List<int[]> sources = new ArrayList<>();
    if (modelDir != null) {
      trained = TrainedModel.load(modelDir, "mxnet", "cpu");
      manager = trained.manager();
      model = trained.model();
      for (List<String> tokens : lines) {
        sources.add(trained.sourceVocabulary().encode(tokens));
      }
    } else {
      manager = Engine.getEngine("MXNet").newBaseManager();
      Engine.getEngine("MXNet").setRandomSeed(1);
      model = new Seq2SeqModel(new ModelConfig(8000, 8000, 256, 256, 2, 512, 1,
          AttentionType.GENERAL, false, false, 0.0f));
      model.initialize(manager);
      for (List<String> tokens : lines) {
        sources.add(tokens.stream().mapToInt(t -> 4 + Math.floorMod(t.hashCode(), 7996))
            .toArray());
      }
    }
    LengthLimits limits = modelDir != null ? LengthLimits.DEFAULT
        : new LengthLimits(0, 0.0, 250, 1.0, 2);
    SearchOptions options = SearchOptions.builder().beamSize(beam).limits(limits).build();
    SearchStrategy search = SearchStrategy.of(options);
    try (StepDecoder stepDecoder = model.stepDecoder(manager);
        ModelStepScorer scorer = new ModelStepScorer(model, stepDecoder, manager, 2, 3, null)) {
      search.search(scorer, sources.subList(0, Math.min(8, sources.size()))); // warm-up
      for (String b : batches) {
        int batch = Integer.parseInt(b);
        long start = System.nanoTime();
        for (int i = 0; i < sources.size(); i += batch) {
          search.search(scorer, sources.subList(i, Math.min(sources.size(), i + batch)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("model=%s beam=%d batch=%d sentences=%d seconds=%.1f sent/s=%.1f load=%s%n",
            modelDir == null ? "random-init" : modelDir, beam, batch, sources.size(), seconds,
            sources.size() / seconds, Files.readString(Path.of("/proc/loadavg")).strip());
      }
    }
    if (trained != null) {
      trained.close();
    } else {
      manager.close();
    }
  }
}
