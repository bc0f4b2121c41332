package org.s2s4j.corpora.captions;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.s2s4j.corpora.io.CloseableIterator;

/**
 * COCO caption annotations ({@code captions_train2014.json} style):
 * {@code {"images":[{"id","file_name"}], "annotations":[{"image_id","caption"}]}}, one
 * {@link Caption} per annotation in file order, with no split.
 *
 * <p>Reads the file twice with a streaming parser: first the {@code images} array, keeping a map
 * from image id to file name (about 100 bytes per image; {@code file_name} is optional), then the
 * {@code annotations} one at a time. An annotation without {@code image_id} or {@code caption} is an
 * error naming its line.
 */
public final class CocoCaptionsCorpus implements CaptionCorpus {

  private final Path file;

  public CocoCaptionsCorpus(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  @Override
  public CloseableIterator<Caption> open() throws IOException {
    Map<String, String> files = new HashMap<>();
    try (JsonArrayStream images = JsonArrayStream.open(file, "images")) {
      for (JsonNode image; (image = images.next()) != null; ) {
        JsonNode name = image.get("file_name");
        files.put(images.text(image, "id", "image"), name == null ? null : name.asText());
      }
    }
    return new CaptionIterator(JsonArrayStream.open(file, "annotations")) {
      @Override
      List<Caption> captions(JsonNode annotation, JsonArrayStream in) throws IOException {
        String image = in.text(annotation, "image_id", "annotation");
        if (!files.containsKey(image)) {
          throw in.error("annotation of image " + image + ", which is not in \"images\"");
        }
        return List.of(new Caption(image, files.get(image), null,
            in.text(annotation, "caption", "annotation"), List.of()));
      }
    };
  }
}
