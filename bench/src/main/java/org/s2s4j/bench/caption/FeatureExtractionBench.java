package org.s2s4j.bench.caption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.s2s4j.captioning.features.CnnFeatureExtractor;
import org.s2s4j.captioning.features.FeatureExtraction;
import org.s2s4j.captioning.features.ImageSource;
import org.s2s4j.captioning.image.ImagePreprocessor;

/**
 * Feature extraction images/s, as {@code s2s caption features} runs it: the 7 fixture JPEGs
 * repeated to {@code N} images, MobileNet v1 (14 x 14 x 512 grid), batch 32, written to a
 * temporary folder. Prints the whole run (decode, resize, CNN, write) and the CNN alone on
 * preprocessed batches, median of {@code RUNS} runs after one warm-up.
 *
 * <p>Run: {@code java -Dai.djl.offline=true -cp 'bench/target/classes:bench/target/lib/*'
 * org.s2s4j.bench.caption.FeatureExtractionBench [SHARED_DIR [N [RUNS]]]}. The PyTorch intra-op
 * thread count is {@code -Dai.djl.pytorch.num_threads}, by default the number of cores, as the
 * {@code s2s} launcher sets it.
 */
public final class FeatureExtractionBench {

  private static final int BATCH = 32;

  private FeatureExtractionBench() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 224;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }
    System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    Path fixtures = shared.resolve("fixtures/images");
    List<ImageSource> fixtureImages = ImageSource.inFolder(fixtures);
    List<ImageSource> images = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ImageSource s = fixtureImages.get(i % fixtureImages.size());
      images.add(new ImageSource(s.id() + "_" + i, s.file()));
    }
    ImagePreprocessor pre = new ImagePreprocessor(224, false, new float[] {.5f, .5f, .5f}, new float[] {.5f, .5f, .5f});
    Path out = Files.createTempDirectory("s2s4j-features-bench");
    try (CnnFeatureExtractor cnn = CnnFeatureExtractor.load(shared.resolve("models/mobilenet_v1_224_features.pt"), "cpu", 0)) {
      FeatureExtraction extraction = new FeatureExtraction(pre, cnn, BATCH);
      extraction.run(images.subList(0, BATCH), out, done -> { });
      double[] whole = new double[runs];
      double[] preprocess = new double[runs];
      for (int r = 0; r < runs; r++) {
        FeatureExtraction.Summary s = extraction.run(images, out, done -> { });
        whole[r] = s.imagesPerSecond();
        preprocess[r] = s.preprocessSeconds() * 1000 / n;
      }
      float[] batch = new float[BATCH * pre.floatsPerImage()];
      for (int i = 0; i < BATCH; i++) {
        pre.preprocess(images.get(i).file(), batch, i * pre.floatsPerImage());
      }
      double[] cnnOnly = new double[runs];
      for (int r = 0; r < runs; r++) {
        long t0 = System.nanoTime();
        int batches = Math.max(1, n / BATCH);
        for (int b = 0; b < batches; b++) {
          cnn.run(batch, BATCH, 224);
        }
        cnnOnly[r] = batches * BATCH / ((System.nanoTime() - t0) / 1e9);
      }
      System.out.printf(Locale.ROOT, "| images | batch | threads | whole run, images/s | decode+resize, ms/image | CNN alone, images/s |%n");
      System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|%n");
      System.out.printf(Locale.ROOT, "| %d | %d | %s | %.1f | %.1f | %.1f |%n", n, BATCH,
          System.getProperty("ai.djl.pytorch.num_threads"), median(whole), median(preprocess), median(cnnOnly));
      System.out.printf(Locale.ROOT, "runs: whole %s, CNN %s%n", Arrays.toString(whole), Arrays.toString(cnnOnly));
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
