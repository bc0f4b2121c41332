package org.s2s4j.corpora.captions;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.s2s4j.corpora.io.CloseableIterator;

/**
 * A Karpathy split file ({@code dataset_coco.json}, {@code dataset_flickr8k.json},
 * {@code dataset_flickr30k.json}): {@code {"images":[{"split","filename","filepath"?,"imgid",
 * "cocoid"?,"sentences":[{"raw","tokens"}]}]}}. Yields one {@link Caption} per sentence, in file
 * order, for the images of the chosen splits.
 *
 * <p>The image id is {@code cocoid} when present (COCO), else {@code imgid}; the file is
 * {@code filepath/filename} when {@code filepath} is present. Streams one image at a time.
 */
public final class KarpathySplitCorpus implements CaptionCorpus {

  private final Path file;
  private final Set<String> splits;

  /** The images whose split is in {@code splits} (e.g. {@code train} and {@code restval}). */
  public KarpathySplitCorpus(Path file, Set<String> splits) {
    this.file = Objects.requireNonNull(file, "file");
    this.splits = Set.copyOf(splits);
  }

  /** Every image of every split. */
  public KarpathySplitCorpus(Path file) {
    this(file, Set.of());
  }

  @Override
  public CloseableIterator<Caption> open() throws IOException {
    return new CaptionIterator(JsonArrayStream.open(file, "images")) {
      @Override
      List<Caption> captions(JsonNode image, JsonArrayStream in) throws IOException {
        String split = in.text(image, "split", "image");
        if (!splits.isEmpty() && !splits.contains(split)) {
          return List.of();
        }
        String id = in.text(image, image.has("cocoid") ? "cocoid" : "imgid", "image");
        String name = in.text(image, "filename", "image");
        String path = image.hasNonNull("filepath") ? image.get("filepath").asText() + "/" + name : name;
        JsonNode sentences = image.get("sentences");
        if (sentences == null || !sentences.isArray()) {
          throw in.error("image without a \"sentences\" array");
        }
        List<Caption> captions = new ArrayList<>(sentences.size());
        for (JsonNode sentence : sentences) {
          List<String> tokens = new ArrayList<>();
          JsonNode tokenArray = sentence.get("tokens");
          if (tokenArray != null) {
            tokenArray.forEach(t -> tokens.add(t.asText()));
          }
          captions.add(new Caption(id, path, split, in.text(sentence, "raw", "sentence"), tokens));
        }
        return captions;
      }
    };
  }
}
