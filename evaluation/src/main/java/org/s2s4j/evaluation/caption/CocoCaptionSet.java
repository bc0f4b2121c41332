package org.s2s4j.evaluation.caption;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.s2s4j.corpora.io.InputFormatException;

/**
 * Raw captions to evaluate: for each image, in evaluation order, its reference captions and its
 * one candidate caption.
 *
 * <p>{@link #read(Path, Path)} reads the COCO files: annotations as
 * {@code {"images":[{"id":..}], "annotations":[{"image_id":..,"caption":".."}]}} ("images" is
 * optional) and results as {@code [{"image_id":..,"caption":".."}]}. Images are evaluated in the
 * order of the "images" list, or else in order of first appearance in the annotations; references
 * keep their file order. Immutable.
 *
 * @param imageIds image ids, as text, in evaluation order
 * @param numericIds whether the files give the ids as JSON numbers (else as strings)
 * @param references the raw reference captions of each image
 * @param candidates the raw candidate caption of each image
 */
public record CocoCaptionSet(List<String> imageIds, boolean numericIds,
    Map<String, List<String>> references, Map<String, String> candidates) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public CocoCaptionSet {
    imageIds = List.copyOf(imageIds);
    Map<String, List<String>> refs = new HashMap<>();
    references.forEach((id, captions) -> refs.put(id, List.copyOf(captions)));
    references = Map.copyOf(refs);
    candidates = Map.copyOf(candidates);
    for (String id : imageIds) {
      if (!candidates.containsKey(id) || references.getOrDefault(id, List.of()).isEmpty()) {
        throw new IllegalArgumentException("image " + id + " needs a candidate and a reference");
      }
    }
  }

  /** The number of images. */
  public int size() {
    return imageIds.size();
  }

  /**
   * Reads COCO annotations and results.
   *
   * @throws InputFormatException for malformed JSON or captions, naming the file and the problem,
   *     and when the images of the two files differ
   */
  public static CocoCaptionSet read(Path annotations, Path results) throws IOException {
    JsonNode refRoot = parse(annotations);
    JsonNode resRoot = parse(results);
    if (!refRoot.isObject() || !refRoot.path("annotations").isArray()) {
      throw new InputFormatException(annotations, 0,
          "expected a COCO annotation file: an object with an \"annotations\" array");
    }
    if (!resRoot.isArray()) {
      throw new InputFormatException(results, 0,
          "expected a COCO results file: an array of {\"image_id\", \"caption\"} objects");
    }
    IdKind kind = new IdKind();
    Set<String> order = new LinkedHashSet<>();
    Set<String> listed = null;
    JsonNode images = refRoot.get("images");
    if (images != null && !images.isNull()) {
      if (!images.isArray()) {
        throw new InputFormatException(annotations, 0, "\"images\" must be an array");
      }
      listed = new LinkedHashSet<>();
      for (int i = 0; i < images.size(); i++) {
        listed.add(kind.id(images.get(i).get("id"), annotations, "images[" + i + "].id"));
      }
      order.addAll(listed);
    }
    Map<String, List<String>> refs = new LinkedHashMap<>();
    JsonNode anns = refRoot.get("annotations");
    for (int i = 0; i < anns.size(); i++) {
      String where = "annotations[" + i + "]";
      String id = kind.id(anns.get(i).get("image_id"), annotations, where + ".image_id");
      if (listed != null && !listed.contains(id)) {
        throw new InputFormatException(annotations, 0,
            where + ": image " + id + " is not in the \"images\" list");
      }
      order.add(id);
      refs.computeIfAbsent(id, k -> new ArrayList<>())
          .add(caption(anns.get(i), annotations, where));
    }
    Map<String, String> cands = new LinkedHashMap<>();
    for (int i = 0; i < resRoot.size(); i++) {
      String where = "[" + i + "]";
      String id = kind.id(resRoot.get(i).get("image_id"), results, where + ".image_id");
      if (cands.put(id, caption(resRoot.get(i), results, where)) != null) {
        throw new InputFormatException(results, 0,
            where + ": image " + id + " has more than one result (one caption per image)");
      }
    }
    List<String> ids = new ArrayList<>();
    for (String id : order) {
      if (refs.containsKey(id)) {
        ids.add(id);
      }
    }
    checkSameImages(ids, refs, cands, annotations, results);
    return new CocoCaptionSet(ids, kind.numeric == Boolean.TRUE, refs, cands);
  }

  private static void checkSameImages(List<String> ids, Map<String, List<String>> refs,
      Map<String, String> cands, Path annotations, Path results) throws InputFormatException {
    List<String> noRefs = cands.keySet().stream().filter(id -> !refs.containsKey(id)).toList();
    if (!noRefs.isEmpty()) {
      throw new InputFormatException(results, 0, noRefs.size()
          + " image(s) have a result but no reference caption in " + annotations + ": "
          + preview(noRefs));
    }
    List<String> noResult = ids.stream().filter(id -> !cands.containsKey(id)).toList();
    if (!noResult.isEmpty()) {
      throw new InputFormatException(results, 0, noResult.size()
          + " image(s) of " + annotations + " have no result: " + preview(noResult));
    }
    if (ids.isEmpty()) {
      throw new InputFormatException(annotations, 0, "no annotations: nothing to evaluate");
    }
  }

  private static String preview(List<String> ids) {
    return ids.size() <= 5 ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, 5)) + ", ...";
  }

  private static String caption(JsonNode entry, Path file, String where)
      throws InputFormatException {
    JsonNode caption = entry.get("caption");
    if (caption == null || !caption.isTextual()) {
      throw new InputFormatException(file, 0, where + ": \"caption\" must be a string");
    }
    return caption.textValue();
  }

  private static JsonNode parse(Path file) throws IOException {
    try {
      return JSON.readTree(Files.newInputStream(file));
    } catch (NoSuchFileException e) {
      throw new InputFormatException(file, 0, "no such file");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : Math.max(0, at.getLineNr());
      throw new InputFormatException(file, line, "invalid JSON: " + e.getOriginalMessage());
    }
  }

  /** Checks that image ids are all numbers or all strings (Python keeps 1 and "1" apart). */
  private static final class IdKind {
    Boolean numeric;

    String id(JsonNode node, Path file, String where) throws InputFormatException {
      boolean isNumber = node != null && node.isIntegralNumber();
      if (node == null || !(isNumber || node.isTextual())) {
        throw new InputFormatException(file, 0, where + " must be an integer or a string");
      }
      if (numeric == null) {
        numeric = isNumber;
      } else if (numeric != isNumber) {
        throw new InputFormatException(file, 0,
            where + ": image ids mix numbers and strings");
      }
      return isNumber ? node.bigIntegerValue().toString() : node.textValue();
    }
  }
}
