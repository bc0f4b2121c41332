package org.s2s4j.corpora.captions;

import java.util.List;
import java.util.Objects;

/**
 * One caption of one image.
 *
 * @param image the image id as written in the file
 * @param file the image's file name, or {@code null} when the file does not give it
 * @param split the split ({@code train}, {@code val}, ...), or {@code null} when the file does not
 *     give it
 * @param text the caption as written
 * @param tokens the caption's tokens when the file gives them, else empty
 */
public record Caption(String image, String file, String split, String text, List<String> tokens) {

  public Caption {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
  }
}
