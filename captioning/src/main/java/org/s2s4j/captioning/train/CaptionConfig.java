package org.s2s4j.captioning.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.s2s4j.corpora.features.GridLayout;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.config.ModelOptions;
import org.s2s4j.seq2seq.train.SamplingOptions;
import org.s2s4j.seq2seq.train.StopMetric;
import org.s2s4j.seq2seq.train.TrainingOptions;

/**
 * A validated {@code s2s caption train} configuration: the {@code data} section of captioning,
 * and the {@code model}, {@code training} and {@code sampling} sections of {@code s2s train}, read
 * by the same loader (strict keys, {@code --set} overrides, messages naming the key).
 *
 * @param train the training annotations (COCO or Karpathy JSON)
 * @param dev the dev annotations
 * @param trainSplits Karpathy splits of the training images
 * @param devSplits Karpathy splits of the dev images
 * @param features the feature folder, or null for pixel patches
 * @param layout layout of 3-D grids in the feature files
 * @param images the image folder (pixel patches)
 * @param pixels the pixel-patch settings (channels filled in), or null for stored features
 * @param minCount vocabulary: least count of a kept word
 * @param maxLength training captions are truncated to this many tokens
 * @param batchSize pairs per batch
 * @param devBeam beam of the dev decoding
 * @param devImages first N dev images evaluated (0: all)
 * @param model the architecture (model.encoder_layers does not apply)
 * @param training optimisation and stopping
 * @param sampling scheduled sampling
 * @param resolved the resolved tree, saved in the run directory
 */
public record CaptionConfig(Path train, Path dev, List<String> trainSplits, List<String> devSplits, Path features,
    GridLayout layout, Path images, FeatureSpec pixels, int minCount, int maxLength, int batchSize, int devBeam,
    int devImages, ModelOptions model, TrainingOptions training, SamplingOptions sampling, ObjectNode resolved) {

  /** The defaults: {@code s2s train}'s model, training and sampling keys, captioning's data keys. */
  public static ObjectNode defaults() {
    ObjectNode tree = ConfigLoader.defaults();
    ObjectNode caption;
    try (InputStream in = CaptionConfig.class.getResourceAsStream("caption-defaults.yaml")) {
      caption = (ObjectNode) ConfigLoader.YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled caption-defaults.yaml", e);
    }
    tree.remove("preprocessing");
    tree.set("data", caption.get("data"));
    ((ObjectNode) tree.get("model")).remove("encoder_layers");
    for (String section : new String[] {"model", "training"}) {
      ((ObjectNode) tree.get(section)).setAll((ObjectNode) caption.get(section));
    }
    return tree;
  }

  /** Loads {@code file} with {@code overrides} ("training.max_time=3m") applied. */
  public static CaptionConfig load(Path file, List<String> overrides) throws IOException {
    return fromTree(ConfigLoader.resolve(file, overrides, defaults()), file.toAbsolutePath().getParent());
  }

  /** Validates a resolved tree; relative paths resolve against {@code data_dir} or {@code base}. */
  public static CaptionConfig fromTree(ObjectNode tree, Path base) {
    Path dataDir = (tree.get("data_dir").isNull() ? base : base.resolve(tree.get("data_dir").asText()))
        .toAbsolutePath().normalize();
    tree.put("data_dir", dataDir.toString());
    JsonNode d = tree.get("data");
    Path train = file(d, "train", dataDir);
    Path dev = file(d, "dev", dataDir);
    String features = text(d, "features");
    Path featureDir = features.equals("pixels") ? null : dataDir.resolve(features);
    FeatureSpec pixels = featureDir == null
        ? FeatureSpec.pixels(whole(d, "image_size", 1), whole(d, "patch", 1), whole(d, "stride", 1)) : null;
    Path images = dataDir.resolve(text(d, "images"));
    if (featureDir == null && !Files.isDirectory(images)) {
      throw new IllegalArgumentException("data.images: image folder not found: " + images);
    }
    GridLayout layout = switch (text(d, "feature_layout")) {
      case "hwc" -> GridLayout.CHANNELS_LAST;
      case "chw" -> GridLayout.CHANNELS_FIRST;
      default -> throw new IllegalArgumentException("data.feature_layout must be hwc or chw, got '"
          + text(d, "feature_layout") + "'");
    };
    JsonNode t = tree.get("training");
    ObjectNode modelNode = ((ObjectNode) tree.get("model")).deepCopy();
    modelNode.put("encoder_layers", 1);
    ModelOptions model = ConfigLoader.model(modelNode);
    TrainingOptions training = ConfigLoader.training(t);
    if (training.maxDecodeLength() == 0) {
      throw new IllegalArgumentException("training.max_decode_length must be >= 1 for captioning");
    }
    if (training.stopMetric() == StopMetric.BLEU) {
      throw new IllegalArgumentException("training.stop_metric: bleu is for translation; use cider or perplexity");
    }
    return new CaptionConfig(train, dev, list(d, "train_splits"), list(d, "dev_splits"), featureDir, layout, images,
        pixels, whole(d, "min_count", 1), whole(d, "max_length", 1), whole(d, "batch_size", 1),
        whole(t, "dev_beam", 1), whole(t, "dev_sentences", 0), model, training, ConfigLoader.sampling(tree.get("sampling")),
        tree);
  }

  private static Path file(JsonNode d, String key, Path dir) {
    Path p = dir.resolve(text(d, key));
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("data." + key + ": file not found: " + p);
    }
    return p;
  }

  private static String text(JsonNode section, String key) {
    JsonNode v = section.get(key);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("data." + key + " is required");
    }
    return v.asText();
  }

  private static int whole(JsonNode section, String key, int min) {
    JsonNode v = section.get(key);
    String name = (section.has("dev_beam") ? "training." : "data.") + key;
    if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min) {
      throw new IllegalArgumentException(name + " must be a whole number >= " + min + ", got "
          + (v == null ? "nothing" : "'" + v.asText() + "'"));
    }
    return v.asInt();
  }

  private static List<String> list(JsonNode section, String key) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : section.get(key)) {
      out.add(v.asText());
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("data." + key + " must name at least one split");
    }
    return out;
  }
}
