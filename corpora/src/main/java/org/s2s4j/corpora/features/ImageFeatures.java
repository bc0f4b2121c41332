package org.s2s4j.corpora.features;

import java.io.IOException;
import java.util.List;

/**
 * Pre-extracted image features, looked up by image id: for each image an {@code (N, C)} grid and a
 * pooled {@code (C')} vector ({@link ImageFeature}).
 *
 * <p>Implementations read the layouts captioning toolkits publish: {@link FeatureDirectory} (one
 * file per image, self-critical.pytorch's {@code att}/{@code fc} folders) and
 * {@link SplitFeatures} (one array for a whole split, rows in the order of an image list). Every
 * image of one source has the same C and C' (N may vary, as for detector regions); a missing id,
 * a wrong shape or a channel count that differs from the other images' is an
 * {@link org.s2s4j.corpora.io.InputFormatException} naming the file.
 */
public interface ImageFeatures {

  /** The ids of the images this source has features for, in a stable order. */
  List<String> imageIds() throws IOException;

  /** The features of {@code imageId}. */
  ImageFeature get(String imageId) throws IOException;
}
