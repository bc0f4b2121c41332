package org.s2s4j.corpora.captions;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One image of a caption dataset: its id and its file, as the {@code images} array of a COCO
 * annotations file ({@code {"id", "file_name"}}) or of a Karpathy split file
 * ({@code {"cocoid"|"imgid", "filepath"?, "filename"}}, the id as {@link KarpathySplitCorpus}
 * takes it) gives them.
 *
 * @param id the image id as written in the file
 * @param file the image file relative to the image folder ({@code filepath/filename} for Karpathy
 *     entries that have a {@code filepath})
 */
public record CaptionImage(String id, String file) {

  public CaptionImage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
  }

  /**
   * The images of a COCO or Karpathy JSON file, in file order, streamed (captions are skipped).
   *
   * @throws org.s2s4j.corpora.io.InputFormatException naming the file and line of an entry that has
   *     neither form
   */
  public static List<CaptionImage> readAll(Path json) throws IOException {
    List<CaptionImage> images = new ArrayList<>();
    try (JsonArrayStream in = JsonArrayStream.open(json, "images")) {
      for (JsonNode image; (image = in.next()) != null; ) {
        if (image.has("file_name")) {
          images.add(new CaptionImage(in.text(image, "id", "image"), in.text(image, "file_name", "image")));
        } else if (image.has("filename")) {
          String id = in.text(image, image.has("cocoid") ? "cocoid" : "imgid", "image");
          String name = in.text(image, "filename", "image");
          images.add(new CaptionImage(id, image.hasNonNull("filepath")
              ? image.get("filepath").asText() + "/" + name : name));
        } else {
          throw in.error("image without \"file_name\" (COCO) or \"filename\" (Karpathy split)");
        }
      }
    }
    return images;
  }
}
