package org.s2s4j.evaluation.caption;

import java.util.List;

/**
 * One image to score: its id, the tokenized candidate caption and its tokenized reference
 * captions (tokens separated by spaces, as {@link CaptionTokenizer} returns them).
 *
 * @param imageId the image id, as text
 * @param candidate the candidate caption
 * @param references the reference captions, at least one
 */
public record CaptionItem(String imageId, String candidate, List<String> references) {

  public CaptionItem {
    if (imageId == null || candidate == null || references == null) {
      throw new IllegalArgumentException("image id, candidate and references must not be null");
    }
    if (references.isEmpty()) {
      throw new IllegalArgumentException("image " + imageId + " has no reference caption");
    }
    references = List.copyOf(references);
  }
}
