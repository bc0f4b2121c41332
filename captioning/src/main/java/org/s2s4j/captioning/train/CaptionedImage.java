package org.s2s4j.captioning.train;

import java.util.List;

/**
 * One image of a captioning dataset and its reference captions.
 *
 * @param id the image id as text (the key of its feature files and of COCO results)
 * @param numericId whether the annotation file gives the id as a JSON number
 * @param fileName the image file, relative to the image folder (null if the file names none)
 * @param captions the raw reference captions, in file order (may be empty for images to caption)
 */
public record CaptionedImage(String id, boolean numericId, String fileName, List<String> captions) {

  public CaptionedImage {
    captions = List.copyOf(captions);
  }
}
