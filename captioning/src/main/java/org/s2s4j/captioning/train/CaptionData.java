package org.s2s4j.captioning.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.s2s4j.corpora.features.FeatureDirectory;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.evaluation.caption.CaptionTokenizer;
import org.s2s4j.evaluation.caption.Ptb341CaptionTokenizer;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * The images and captions a captioning run trains and evaluates on: training images first, then
 * dev images, in one {@link FeatureTable}; every caption tokenized as the COCO caption evaluation
 * tokenizes ({@link Ptb341CaptionTokenizer}: CoreNLP 3.4.1's PTB tokenizer, lower-cased,
 * punctuation removed).
 *
 * @param train the training images
 * @param dev the dev images
 * @param trainTokens the tokenized captions of each training image
 * @param devTokens the tokenized captions of each dev image
 * @param table the features of the training images (rows 0..) and then the dev images
 * @param spec what the features are
 */
public record CaptionData(List<CaptionedImage> train, List<CaptionedImage> dev, List<List<List<String>>> trainTokens,
    List<List<List<String>>> devTokens, FeatureTable table, FeatureSpec spec) {

  /** The tokenizer of captions, shared with the COCO evaluation. */
  public static final CaptionTokenizer TOKENIZER = Ptb341CaptionTokenizer.create();

  /** Reads {@code config}'s annotations, tokenizes their captions and loads or computes the features. */
  public static CaptionData read(CaptionConfig config) throws IOException {
    List<CaptionedImage> train = withCaptions(CaptionAnnotations.read(config.train(), config.trainSplits()),
        config.train());
    List<CaptionedImage> dev = withCaptions(CaptionAnnotations.read(config.dev(), config.devSplits()), config.dev());
    if (config.devImages() > 0 && dev.size() > config.devImages()) {
      dev = dev.subList(0, config.devImages());
    }
    List<CaptionedImage> all = new ArrayList<>(train);
    all.addAll(dev);
    FeatureTable table;
    FeatureSpec spec;
    if (config.pixels() != null) {
      spec = config.pixels();
      List<FeatureTable> parts = List.of(PixelPatches.read(spec, config.images(), train, config.train()),
          PixelPatches.read(spec, config.images(), dev, config.dev()));
      table = PixelPatches.concat(parts);
    } else {
      FeatureDirectory source = FeatureDirectory.open(config.features(), config.layout());
      table = StoredFeatures.read(source, all, 0, config.features().toString());
      spec = FeatureSpec.stored(table.channels());
    }
    return new CaptionData(train, dev, tokenize(train), tokenize(dev), table, spec);
  }

  private static List<CaptionedImage> withCaptions(List<CaptionedImage> images, Path file)
      throws InputFormatException {
    if (images.isEmpty()) {
      throw new InputFormatException(file, 0, "no images (for a Karpathy file: none in the requested splits)");
    }
    for (CaptionedImage image : images) {
      if (image.captions().isEmpty()) {
        throw new InputFormatException(file, 0, "image " + image.id() + " has no caption");
      }
    }
    return images;
  }

  /** Every caption of {@code images} tokenized in one batch, as the COCO evaluation does. */
  public static List<List<List<String>>> tokenize(List<CaptionedImage> images) {
    List<String> raw = new ArrayList<>();
    images.forEach(i -> raw.addAll(i.captions()));
    List<String> tokenized = TOKENIZER.tokenize(raw);
    List<List<List<String>>> out = new ArrayList<>(images.size());
    int k = 0;
    for (CaptionedImage image : images) {
      List<List<String>> captions = new ArrayList<>(image.captions().size());
      for (int c = 0; c < image.captions().size(); c++) {
        String t = tokenized.get(k++);
        captions.add(t.isEmpty() ? List.of() : Arrays.asList(t.split(" ")));
      }
      out.add(captions);
    }
    return out;
  }

  /** The vocabulary of the training captions (truncated to {@code maxLength}): words seen at least {@code minCount} times. */
  public Vocabulary vocabulary(int minCount, int maxLength) {
    Map<String, Long> counts = new HashMap<>();
    for (List<List<String>> image : trainTokens) {
      for (List<String> caption : image) {
        for (String w : truncated(caption, maxLength)) {
          counts.merge(w, 1L, Long::sum);
        }
      }
    }
    return Vocabulary.build(counts, minCount, Integer.MAX_VALUE);
  }

  /** The training pairs: each training caption with its image's row. */
  public List<CaptionBatches.Pair> trainingPairs(Vocabulary vocabulary, int maxLength) {
    List<CaptionBatches.Pair> pairs = new ArrayList<>();
    for (int r = 0; r < train.size(); r++) {
      for (List<String> caption : trainTokens.get(r)) {
        pairs.add(new CaptionBatches.Pair(r, vocabulary.encode(truncated(caption, maxLength))));
      }
    }
    return pairs;
  }

  /** The row of dev image {@code i} in {@link #table}. */
  public int devRow(int i) {
    return train.size() + i;
  }

  static List<String> truncated(List<String> tokens, int maxLength) {
    return tokens.size() > maxLength ? tokens.subList(0, maxLength) : tokens;
  }
}
