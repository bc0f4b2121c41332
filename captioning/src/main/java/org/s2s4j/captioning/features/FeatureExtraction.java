package org.s2s4j.captioning.features;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.s2s4j.captioning.image.ImagePreprocessor;
import org.s2s4j.corpora.features.FeatureDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts features for a list of images in batches and writes them in self-critical.pytorch's
 * layout ({@link FeatureDirectory#write}): {@code OUT/att/ID.npz} and {@code OUT/fc/ID.npy}.
 * Images that cannot be read or decoded are logged, skipped and counted; each output file
 * appears whole or not at all.
 */
public final class FeatureExtraction {

  private static final Logger LOG = LoggerFactory.getLogger(FeatureExtraction.class);

  /** An image that was skipped, and why. */
  public record Skipped(Path file, String reason) {}

  /**
   * What a run did.
   *
   * @param images images listed
   * @param written images whose features were written
   * @param skipped images that could not be read, with the reason
   * @param seconds wall-clock time of the whole run
   * @param preprocessSeconds of which decoding and resizing
   * @param gridShape the {@code (H, W, C)} of the grids written, empty when none was
   */
  public record Summary(int images, int written, List<Skipped> skipped, double seconds,
      double preprocessSeconds, int[] gridShape) {

    /** Images written per second of the whole run. */
    public double imagesPerSecond() {
      return seconds > 0 ? written / seconds : 0;
    }
  }

  private final ImagePreprocessor preprocessor;
  private final CnnFeatureExtractor cnn;
  private final int batchSize;

  public FeatureExtraction(ImagePreprocessor preprocessor, CnnFeatureExtractor cnn, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("--batch-size must be >= 1, got " + batchSize);
    }
    this.preprocessor = preprocessor;
    this.cnn = cnn;
    this.batchSize = batchSize;
  }

  /**
   * Extracts and writes the features of {@code images} under {@code out}.
   *
   * @param progress told the number of images done (written or skipped) after each batch
   */
  public Summary run(List<ImageSource> images, Path out, LongConsumer progress) throws IOException {
    long start = System.nanoTime();
    long preprocessNanos = 0;
    int floats = preprocessor.floatsPerImage();
    float[] batch = new float[batchSize * floats];
    List<Skipped> skipped = new ArrayList<>();
    int written = 0;
    int[] gridShape = new int[0];
    for (int from = 0; from < images.size(); from += batchSize) {
      List<ImageSource> chunk = images.subList(from, Math.min(images.size(), from + batchSize));
      List<ImageSource> ready = new ArrayList<>(chunk.size());
      long t0 = System.nanoTime();
      for (ImageSource image : chunk) {
        try {
          preprocessor.preprocess(image.file(), batch, ready.size() * floats);
          ready.add(image);
        } catch (IOException | RuntimeException e) {
          String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          LOG.warn("skipped {}: {}", image.file(), reason);
          skipped.add(new Skipped(image.file(), reason));
        }
      }
      preprocessNanos += System.nanoTime() - t0;
      if (!ready.isEmpty()) {
        List<CnnFeatureExtractor.Features> features = cnn.run(batch, ready.size(), preprocessor.size());
        for (int i = 0; i < ready.size(); i++) {
          CnnFeatureExtractor.Features f = features.get(i);
          FeatureDirectory.write(out, ready.get(i).id(), f.gridHwc(), f.height(), f.width(),
              f.channels(), f.mean());
          gridShape = new int[] {f.height(), f.width(), f.channels()};
          written++;
        }
      }
      progress.accept(from + chunk.size());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Summary(images.size(), written, List.copyOf(skipped), seconds, preprocessNanos / 1e9, gridShape);
  }
}
