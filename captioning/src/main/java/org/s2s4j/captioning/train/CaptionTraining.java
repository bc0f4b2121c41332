package org.s2s4j.captioning.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.s2s4j.corpora.io.AtomicOutput;
import org.s2s4j.evaluation.caption.CaptionItem;
import org.s2s4j.evaluation.caption.CiderDCaptionMetric;
import org.s2s4j.evaluation.caption.MetricScore;
import org.s2s4j.seq2seq.Devices;
import org.s2s4j.seq2seq.GridFeatureEncoder;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.report.TrainingPlots;
import org.s2s4j.seq2seq.train.DevCider;
import org.s2s4j.seq2seq.train.DevSet;
import org.s2s4j.seq2seq.train.ProgressDisplay;
import org.s2s4j.seq2seq.train.TrainingLog;
import org.s2s4j.seq2seq.train.TrainingRun;
import org.s2s4j.seq2seq.train.TrainingState;
import org.s2s4j.tokenization.vocab.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code s2s caption train}: a Show, Attend and Tell captioner ({@link GridFeatureEncoder} and the
 * seq2seq module's attention decoder) trained by the seq2seq module's {@link TrainingRun}, with
 * its checkpoints, resume, {@code train.jsonl}, plots and progress bar, evaluating dev CIDEr-D on
 * real greedy or beam decoding at every evaluation.
 *
 * <p>The run directory holds {@code config.yaml} (the resolved configuration),
 * {@code target.vocab}, {@code features.json} and the checkpoints; {@link CaptionModel} loads it.
 */
public final class CaptionTraining {

  private static final Logger LOG = LoggerFactory.getLogger(CaptionTraining.class);

  private CaptionTraining() {}

  /** Trains into {@code runDir}; {@code resume} continues its latest checkpoint. */
  public static TrainingState train(CaptionConfig config, Path runDir, String engineName, String deviceName,
      boolean resume, boolean progress) throws IOException {
    Engine engine = Devices.engine(engineName);
    Device device = Devices.select(engine, deviceName, 1).get(0);
    boolean hasRun = Files.exists(runDir.resolve("checkpoints").resolve("latest"));
    if (resume && !hasRun) {
      throw new IllegalArgumentException("--resume: " + runDir + " has no checkpoint to resume from");
    }
    if (!resume && hasRun) {
      throw new IllegalArgumentException(runDir + " already holds a training run; add --resume to continue it "
          + "or choose another --output");
    }
    long start = System.nanoTime();
    CaptionData data = CaptionData.read(config);
    Vocabulary vocabulary = data.vocabulary(config.minCount(), config.maxLength());
    List<CaptionBatches.Pair> pairs = data.trainingPairs(vocabulary, config.maxLength());
    LOG.info("{} training images ({} captions), {} dev images, vocabulary {} words (min count {}), features {} x {} "
        + "({}); read in {} s", data.train().size(), pairs.size(), data.dev().size(), vocabulary.size(),
        config.minCount(), data.table().positions(0), data.table().channels(),
        data.spec().pixels() ? "pixel patches" : config.features(),
        String.format("%.1f", (System.nanoTime() - start) / 1e9));
    if (resume) {
      if (!Vocabulary.load(runDir.resolve(TrainedModel.TARGET_VOCAB)).tokens().equals(vocabulary.tokens())) {
        throw new IllegalArgumentException("--resume: " + runDir.resolve(TrainedModel.TARGET_VOCAB)
            + " differs from the vocabulary of the current data and data.* settings; resume with those the run "
            + "started with");
      }
      JsonNode saved = ConfigLoader.YAML.readTree(runDir.resolve(TrainedModel.CONFIG).toFile()).get("model");
      if (!config.resolved().get("model").equals(saved)) {
        throw new IllegalArgumentException("--resume: the model section differs from the run's config.yaml ("
            + saved + " vs " + config.resolved().get("model") + "); the architecture cannot change");
      }
      if (!FeatureSpec.read(runDir).equals(data.spec())) {
        throw new IllegalArgumentException("--resume: the features differ from the run's " + FeatureSpec.FILE);
      }
    }
    Files.createDirectories(runDir);
    if (!resume) {
      vocabulary.save(runDir.resolve(TrainedModel.TARGET_VOCAB));
      data.spec().write(runDir);
    }
    try (AtomicOutput out = AtomicOutput.create(runDir.resolve(TrainedModel.CONFIG))) {
      out.writer().write(ConfigLoader.YAML.writeValueAsString(config.resolved()));
      out.commit();
    }
    ModelConfig modelConfig = modelConfig(config.model(), vocabulary.size());
    try (NDManager manager = engine.newBaseManager(device)) {
      engine.setRandomSeed((int) (config.training().seed() & Integer.MAX_VALUE));
      Seq2SeqModel model = new Seq2SeqModel(modelConfig, new GridFeatureEncoder(modelConfig, data.spec().channels()));
      model.initialize(manager);
      TrainingRun run = new TrainingRun(model, manager, List.of(device), runDir, config.training(), config.sampling(),
          new CaptionBatches(pairs, config.batchSize(), config.training().seed()), devPerplexity(data, vocabulary,
              config.maxLength()), data.table(), devCider(data, vocabulary, config))
          .addListener(new TrainingLog(runDir))
          .addListener(new TrainingPlots(runDir));
      if (progress) {
        run.addListener(new ProgressDisplay());
      }
      return run.run(resume);
    }
  }

  /** The architecture: {@code model} with the caption vocabulary (no source vocabulary). */
  static ModelConfig modelConfig(org.s2s4j.seq2seq.config.ModelOptions model, int vocabularySize) {
    return new ModelConfig(1, vocabularySize, model.embeddingSize(), model.encoderSize(), 1, model.decoderSize(),
        model.decoderLayers(), model.attention(), model.inputFeeding(), model.tieEmbeddings(), model.dropout());
  }

  /** Every dev caption with its image, for the teacher-forced dev perplexity. */
  private static DevSet devPerplexity(CaptionData data, Vocabulary vocabulary, int maxLength) {
    List<int[]> sources = new ArrayList<>();
    List<int[]> targets = new ArrayList<>();
    for (int i = 0; i < data.dev().size(); i++) {
      for (List<String> caption : data.devTokens().get(i)) {
        sources.add(new int[] {data.devRow(i)});
        targets.add(vocabulary.encode(CaptionData.truncated(caption, maxLength)));
      }
    }
    return DevSet.perplexityOnly(sources, targets);
  }

  /**
   * CIDEr-D of the decoded dev captions against the dev references, both tokenized as the COCO
   * evaluation does, with document frequencies from the dev references: what
   * {@code s2s score coco} reports for the same captions.
   */
  private static DevCider devCider(CaptionData data, Vocabulary vocabulary, CaptionConfig config) {
    List<List<String>> references = new ArrayList<>();
    for (List<List<String>> image : data.devTokens()) {
      references.add(image.stream().map(t -> String.join(" ", t)).toList());
    }
    CiderDCaptionMetric cider = new CiderDCaptionMetric();
    return (model, manager) -> {
      int n = data.dev().size();
      CaptionDecoder decoder = new CaptionDecoder(model, manager, vocabulary, config.devBeam(),
          config.training().maxDecodeLength());
      List<String> captions = CaptionData.TOKENIZER.tokenize(
          decoder.decode(data.table(), data.devRow(0), data.devRow(n), done -> {}));
      List<CaptionItem> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        items.add(new CaptionItem(data.dev().get(i).id(), captions.get(i), references.get(i)));
      }
      List<MetricScore> scores = cider.score(items);
      return scores.get(0).corpus();
    };
  }
}
