package org.s2s4j.seq2seq.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.Preprocessing;
import org.s2s4j.seq2seq.TokenSampler;
import org.s2s4j.seq2seq.sampling.InverseSigmoidSchedule;
import org.s2s4j.seq2seq.train.SamplingScope;
import org.s2s4j.seq2seq.train.StopMetric;

class ConfigLoaderTest {

  @TempDir Path dir;
  Path yaml;

  @BeforeEach
  void files() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    for (String f : List.of("a.en", "a.de", "v.en", "v.de")) {
      Files.writeString(data.resolve(f), "x\n");
    }
    yaml = dir.resolve("run.yaml");
    Files.writeString(yaml, String.join("\n",
        "data_dir: data",
        "data: {train_source: a.en, train_target: a.de, dev_source: v.en, dev_target: v.de}",
        "model: {attention: bahdanau}",
        "training: {max_time: 20m}", ""));
  }

  private IllegalArgumentException fails(String... overrides) {
    return assertThrows(IllegalArgumentException.class, () -> ConfigLoader.load(yaml, List.of(overrides)));
  }

  @Test
  void defaultsFileAndOverridesCombine() throws Exception {
    RunConfig c = ConfigLoader.load(yaml, List.of("sampling.schedule=inverse_sigmoid", "sampling.k=50",
        "sampling.scope=sequence", "sampling.sample=multinomial", "training.stop_metric=perplexity"));
    assertEquals(dir.resolve("data").resolve("a.en"), c.data().trainSource());
    assertEquals(AttentionType.BAHDANAU, c.model().attention());
    assertEquals(256, c.model().embeddingSize()); // default
    assertEquals(Duration.ofMinutes(20), c.training().maxTime());
    assertEquals(new InverseSigmoidSchedule(50), c.sampling().schedule());
    assertEquals(SamplingScope.SEQUENCE, c.sampling().scope());
    assertEquals(TokenSampler.MULTINOMIAL, c.sampling().sampler());
    assertEquals(StopMetric.PERPLEXITY, c.training().stopMetric());
    assertEquals("20m", c.resolved().get("training").get("max_time").asText());
  }

  /** data_dir in the file is relative to the file; given with --set, to the working directory. */
  @Test
  void aDataDirOnTheCommandLineIsRelativeToTheWorkingDirectory() throws Exception {
    Path fromFile = ConfigLoader.load(yaml, List.of()).data().trainSource();
    assertEquals(dir.resolve("data/a.en").toAbsolutePath(), fromFile);
    Path cwd = Path.of("").toAbsolutePath();
    Path relative = cwd.relativize(dir.resolve("data").toAbsolutePath());
    RunConfig c = ConfigLoader.load(yaml, List.of("data_dir=" + relative));
    assertEquals(dir.resolve("data/a.en").toAbsolutePath().normalize(), c.data().trainSource());
    String missing = fails("data_dir=elsewhere").getMessage();
    assertTrue(missing.endsWith("file not found: " + cwd.resolve("elsewhere/a.en")), missing);
  }

  @Test
  void unknownKeysNameTheKeyAndTheValidOnes() throws Exception {
    var e = fails("model.atention=dot");
    assertTrue(e.getMessage().startsWith("unknown config key 'model.atention'; valid keys here: embedding_size"),
        e.getMessage());
    Files.writeString(yaml, "traning: {max_epochs: 3}\n");
    assertTrue(fails().getMessage().contains("unknown config key 'traning'"));
  }

  @Test
  void badValuesAreRejectedWithTheKey() {
    assertTrue(fails("model.dropout=1.0").getMessage().contains("model.dropout must be in [0, 1)"));
    assertTrue(fails("training.learning_rate=-1").getMessage().contains("training.learning_rate must be > 0"));
    assertTrue(fails("training.max_epochs=two").getMessage().contains("training.max_epochs must be a whole number"));
    assertTrue(fails("training.max_time=soon").getMessage().contains("training.max_time must look like"));
    assertTrue(fails("sampling.schedule=linear", "sampling.c=-1").getMessage().contains("c must be"));
    assertTrue(fails("sampling.schedule=cosine").getMessage().contains("valid choices: constant, linear"));
    assertTrue(fails("training.optimizer=adagrad").getMessage().contains("valid choices: adam, sgd"));
    assertTrue(fails("model.attention=dot", "model.decoder_size=300").getMessage().contains("dot attention needs model.decoder_size"));
    assertTrue(fails("data.dev_target=missing.de").getMessage().contains("data.dev_target: file not found"));
    assertTrue(fails("data.train_source=").getMessage().contains("data.train_source is required"));
    assertTrue(fails("data.batch_sentences=0").getMessage().contains("set data.batch_tokens or data.batch_sentences"));
    assertTrue(fails("model=3").getMessage().contains("is a section"));
  }

  /** The defaults read the data files as they are (tokenized); data.lowercase reaches both sides. */
  @Test
  void preprocessingDefaultsKeepTokenizedDataAsItIs() throws Exception {
    PreprocessingOptions p = ConfigLoader.load(yaml, List.of("data.lowercase=true")).preprocessing();
    assertTrue(p.splitsOnly());
    assertEquals(new Preprocessing.Side("none", "und", true), p.source());
    assertEquals(new Preprocessing.Side("none", "und", true), p.target());
    assertNull(p.bpe());
    assertEquals(0.0, p.bpeDropout());
  }

  @Test
  void preprocessingSectionIsTypedPerSide() throws Exception {
    Files.writeString(yaml, Files.readString(yaml) + String.join("\n",
        "preprocessing:",
        "  source: {tokenizer: moses, language: en, lowercase: true}",
        "  target: {tokenizer: moses, language: de}",
        "  bpe: {merges: 8000, joint: false, vocabulary_threshold: 50, glossaries: [USA, '[0-9]+']}",
        "  bpe_dropout: 0.1", ""));
    PreprocessingOptions p = ConfigLoader.load(yaml, List.of()).preprocessing();
    assertEquals(new Preprocessing.Side("moses", "en", true), p.source());
    assertEquals(new Preprocessing.Side("moses", "de", false), p.target());
    assertEquals(new PreprocessingOptions.Bpe(8000, false, 2, 50, List.of("USA", "[0-9]+")), p.bpe());
    assertEquals(0.1, p.bpeDropout());
    assertFalse(p.splitsOnly());
  }

  @Test
  void badPreprocessingValuesNameTheKey() {
    assertTrue(fails("preprocessing.source.tokenizer=klingon").getMessage().startsWith(
        "preprocessing.source.tokenizer: unknown tokenizer 'klingon'; this build knows: none, whitespace"));
    assertTrue(fails("preprocessing.bpe.merges=100", "preprocessing.bpe_dropout=1").getMessage()
        .contains("preprocessing.bpe_dropout must be in [0, 1), got 1.0"));
    assertTrue(fails("preprocessing.bpe.merges=100", "preprocessing.bpe_dropout=-0.1").getMessage()
        .contains("preprocessing.bpe_dropout must be in [0, 1)"));
    assertTrue(fails("preprocessing.bpe_dropout=0.1").getMessage().contains("needs BPE"));
    assertTrue(fails("preprocessing.bpe.merges=-1").getMessage().contains("preprocessing.bpe.merges must be >= 0"));
    assertTrue(fails("preprocessing.bpe.glossaries=[\"(\"]").getMessage().contains("invalid regular expression"));
    assertTrue(fails("preprocessing.bpe.glossaries=USA").getMessage().contains("must be a list"));
  }

  @Test
  void durationsTakeSecondsMinutesHours() {
    assertEquals(Duration.ofSeconds(90), ConfigLoader.duration("90s", "k"));
    assertEquals(Duration.ofSeconds(90), ConfigLoader.duration("90", "k"));
    assertEquals(Duration.ofMinutes(90), ConfigLoader.duration("1.5h", "k"));
    assertEquals(Duration.ZERO, ConfigLoader.duration("0", "k"));
  }
}
