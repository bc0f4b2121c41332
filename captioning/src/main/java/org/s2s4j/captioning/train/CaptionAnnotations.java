package org.s2s4j.captioning.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.s2s4j.corpora.io.InputFormatException;

/**
 * Reads the images and reference captions of a captioning dataset from either of the two JSON
 * layouts the field uses, told apart by their content:
 *
 * <ul>
 *   <li>COCO captions ({@code captions_train2014.json}, what {@code s2s caption synth} writes):
 *       {@code images} ({@code id}, {@code file_name}) and {@code annotations}
 *       ({@code image_id}, {@code caption}); images without an {@code images} entry come in order
 *       of first appearance;</li>
 *   <li>Karpathy's split file ({@code dataset_coco.json}, {@code dataset_flickr8k.json},
 *       {@code dataset_flickr30k.json}): {@code images} with {@code split}, {@code filename}
 *       (under {@code filepath} for COCO), {@code sentences[].raw}; the id is {@code cocoid} when
 *       present, else {@code imgid}, as self-critical.pytorch keys its feature files; only images
 *       of the requested splits are read.</li>
 * </ul>
 */
public final class CaptionAnnotations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CaptionAnnotations() {}

  /**
   * The images of {@code file}; for a Karpathy file only those whose split is in {@code splits}
   * (ignored for COCO files).
   *
   * @throws InputFormatException naming the file if it is neither layout or an entry is malformed
   */
  public static List<CaptionedImage> read(Path file, Collection<String> splits) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new NoSuchFileException(file + ": annotation file not found");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InputFormatException(file, 0, "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !root.path("images").isArray() && !root.path("annotations").isArray()) {
      throw new InputFormatException(file, 0, "neither COCO captions ({\"images\", \"annotations\"}) nor a "
          + "Karpathy split file ({\"images\": [{\"split\", \"sentences\"}]})");
    }
    JsonNode images = root.path("images");
    boolean karpathy = !root.has("annotations") && images.size() > 0 && images.get(0).has("sentences");
    return karpathy ? karpathy(file, images, splits) : coco(file, root);
  }

  private static List<CaptionedImage> coco(Path file, JsonNode root) throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Boolean> numeric = new LinkedHashMap<>();
    Map<String, List<String>> captions = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode image : root.path("images")) {
      String id = id(file, image.get("id"), "images[" + index + "].id");
      numeric.put(id, image.get("id").isNumber());
      names.put(id, image.hasNonNull("file_name") ? image.get("file_name").asText() : null);
      captions.put(id, new ArrayList<>());
      index++;
    }
    index = 0;
    for (JsonNode a : root.path("annotations")) {
      String id = id(file, a.get("image_id"), "annotations[" + index + "].image_id");
      JsonNode caption = a.get("caption");
      if (caption == null || !caption.isTextual()) {
        throw new InputFormatException(file, 0, "annotations[" + index + "] (image " + id + ") has no caption text");
      }
      if (!captions.containsKey(id)) {
        if (root.path("images").size() > 0) {
          throw new InputFormatException(file, 0, "annotations[" + index + "] names image " + id
              + ", which is not in its images list");
        }
        captions.put(id, new ArrayList<>());
        numeric.put(id, a.get("image_id").isNumber());
        names.put(id, null);
      }
      captions.get(id).add(caption.asText());
      index++;
    }
    List<CaptionedImage> out = new ArrayList<>(captions.size());
    captions.forEach((id, c) -> out.add(new CaptionedImage(id, numeric.get(id), names.get(id), c)));
    return out;
  }

  private static List<CaptionedImage> karpathy(Path file, JsonNode images, Collection<String> splits)
      throws IOException {
    List<CaptionedImage> out = new ArrayList<>();
    int index = 0;
    for (JsonNode image : images) {
      String where = "images[" + index++ + "]";
      if (!splits.contains(image.path("split").asText())) {
        continue;
      }
      JsonNode idNode = image.has("cocoid") ? image.get("cocoid") : image.get("imgid");
      String id = id(file, idNode, where + ".cocoid/imgid");
      List<String> captions = new ArrayList<>();
      for (JsonNode s : image.path("sentences")) {
        if (!s.path("raw").isTextual()) {
          throw new InputFormatException(file, 0, where + " (image " + id + ") has a sentence without raw text");
        }
        captions.add(s.get("raw").asText());
      }
      String name = image.path("filename").asText(null);
      if (name != null && image.hasNonNull("filepath")) {
        name = image.get("filepath").asText() + "/" + name;
      }
      out.add(new CaptionedImage(id, idNode.isNumber(), name, captions));
    }
    return out;
  }

  private static String id(Path file, JsonNode id, String where) throws InputFormatException {
    if (id == null || !(id.isIntegralNumber() || id.isTextual())) {
      throw new InputFormatException(file, 0, where + " is missing or not a whole number or string");
    }
    return id.asText();
  }
}
