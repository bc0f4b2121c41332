package org.s2s4j.captioning.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.corpora.features.GridLayout;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.train.StopMetric;

class CaptionConfigTest {

  @TempDir Path dir;

  private static Path example(String name) {
    return Path.of("..", "examples", name);
  }

  @Test
  void readsTheSyntheticExampleWithTheDefaultsOfSTrainAndOfCaptioning() throws Exception {
    Files.createDirectories(dir.resolve("images"));
    Files.writeString(dir.resolve("captions_train.json"), "{}");
    Files.writeString(dir.resolve("captions_val.json"), "{}");
    CaptionConfig c = CaptionConfig.load(example("caption-synth.yaml"), List.of("data_dir=" + dir,
        "training.attention_penalty=0.5", "sampling.schedule=inverse_sigmoid", "sampling.k=100"));
    assertEquals(dir.resolve("captions_train.json"), c.train());
    assertNull(c.features());
    assertEquals(FeatureSpec.pixels(64, 16, 8), c.pixels());
    assertEquals(770, c.pixels().channels());
    assertEquals(StopMetric.CIDER, c.training().stopMetric());
    assertEquals(0.5f, c.training().attentionPenalty());
    assertEquals(AttentionType.BAHDANAU, c.model().attention());
    assertEquals(50, c.batchSize());
    assertEquals(100.0 / 101, c.sampling().epsilon(0, 1), 1e-12); // inverse sigmoid k=100 at step 0
    assertTrue(c.resolved().get("model").has("decoder_size"));
  }

  @Test
  void readsTheKarpathyRecipe() throws Exception {
    Files.writeString(dir.resolve("dataset_coco.json"), "{}");
    CaptionConfig c = CaptionConfig.load(example("caption-karpathy.yaml"), List.of("data_dir=" + dir));
    assertEquals(dir.resolve("coco-feats"), c.features());
    assertNull(c.pixels());
    assertEquals(GridLayout.CHANNELS_LAST, c.layout());
    assertEquals(List.of("train", "restval"), c.trainSplits());
    assertEquals(List.of("val"), c.devSplits());
    assertEquals(1.0f, c.training().attentionPenalty());
  }

  @Test
  void namesTheKeyOfEveryBadSetting() throws Exception {
    Files.writeString(dir.resolve("dataset_coco.json"), "{}");
    Path karpathy = example("caption-karpathy.yaml");
    String d = "data_dir=" + dir;
    assertTrue(fails(karpathy, d, "model.encoder_layers=2").contains("unknown config key 'model.encoder_layers'"));
    assertTrue(fails(karpathy, d, "training.stop_metric=bleu").contains("bleu is for translation"));
    assertTrue(fails(karpathy, d, "data.train=none.json").contains("data.train: file not found"));
    assertTrue(fails(karpathy, d, "data.batch_size=0").contains("data.batch_size must be a whole number >= 1"));
    assertTrue(fails(karpathy, d, "training.dev_beam=0").contains("training.dev_beam must be"));
    assertTrue(fails(karpathy, d, "data.feature_layout=nhwc").contains("data.feature_layout must be hwc or chw"));
    assertTrue(fails(karpathy, d, "data.features=pixels").contains("data.images: image folder not found"));
    assertTrue(fails(karpathy, d, "training.attention_penalty=-1").contains("training.attention_penalty must be >= 0"));
  }

  private static String fails(Path config, String... overrides) {
    return assertThrows(IllegalArgumentException.class, () -> CaptionConfig.load(config, List.of(overrides)))
        .getMessage();
  }
}
