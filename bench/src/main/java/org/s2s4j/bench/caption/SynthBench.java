package org.s2s4j.bench.caption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.s2s4j.captioning.synth.SyntheticCaptions;

/**
 * {@code s2s caption synth} images/s: draws, captions, encodes and writes {@code N} 64 x 64
 * pictures with their COCO, Karpathy, list and scene files into a temporary folder, median of
 * {@code RUNS} runs after one warm-up run.
 *
 * <p>Run: {@code java -cp 'bench/target/classes:bench/target/lib/*'
 * org.s2s4j.bench.caption.SynthBench [N [RUNS]]}.
 */
public final class SynthBench {

  private SynthBench() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path root = Files.createTempDirectory("s2s4j-synth-bench");
    try {
      SyntheticCaptions dataset = SyntheticCaptions.split(n, 1, 64, 5, 80, 10, 10);
      dataset.write(root.resolve("warm-up"), false, i -> { });
      double[] rates = new double[runs];
      long bytes = 0;
      for (int r = 0; r < runs; r++) {
        SyntheticCaptions.Summary s = dataset.write(root.resolve("run" + r), false, i -> { });
        rates[r] = s.images() / s.seconds();
        bytes = s.pngBytes();
      }
      Arrays.sort(rates);
      System.out.printf(Locale.ROOT, "images %d, runs %d: median %.0f images/s (%.0f-%.0f), %.0f PNG bytes/image%n",
          n, runs, rates[runs / 2], rates[0], rates[runs - 1], (double) bytes / n);
    } finally {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }
}
