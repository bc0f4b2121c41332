package org.s2s4j.bench.caption;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.s2s4j.captioning.train.CaptionAnnotations;
import org.s2s4j.captioning.train.CaptionConfig;
import org.s2s4j.captioning.train.CaptionDecoder;
import org.s2s4j.captioning.train.CaptionModel;
import org.s2s4j.captioning.train.CaptionTraining;
import org.s2s4j.captioning.train.CaptionedImage;
import org.s2s4j.captioning.train.PixelPatches;
import org.s2s4j.seq2seq.train.TrainingState;

/**
 * Captioning speed on a dataset of {@code s2s caption synth}: trains {@code CONFIG} (e.g.
 * examples/caption-synth.yaml) for {@code SECONDS} of training time and reports training images/s
 * (caption pairs per second of training, each pair one image through the encoder and decoder),
 * then captions the test images with beam 3 and greedy and reports images/s of decoding.
 *
 * <p>Run: {@code java -cp 'bench/target/classes:bench/target/lib/*'
 * org.s2s4j.bench.caption.CaptionBench DATA_DIR CONFIG [SECONDS]}.
 */
public final class CaptionBench {

  private CaptionBench() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]).toAbsolutePath();
    Path config = Path.of(args[1]);
    String seconds = args.length > 2 ? args[2] : "60";
    Path run = Files.createTempDirectory("s2s4j-caption-bench").resolve("run");
    CaptionConfig c = CaptionConfig.load(config, List.of("data_dir=" + data, "training.max_time=" + seconds + "s",
        "training.max_epochs=1000", "training.patience=0"));
    TrainingState state = CaptionTraining.train(c, run, "mxnet", "cpu", false, false);
    double trainSeconds = state.trainingMillis() / 1000.0;
    System.out.printf(Locale.ROOT, "training: %d steps of %d pairs in %.1f s: %.1f images/s (best dev CIDEr-D %.4f)%n",
        state.step(), c.batchSize(), trainSeconds, state.step() * c.batchSize() / trainSeconds, state.bestMetric());
    Path refs = data.resolve("captions_test.json");
    List<CaptionedImage> images = CaptionAnnotations.read(refs, List.of("test"));
    try (CaptionModel model = CaptionModel.load(run, "mxnet", "cpu")) {
      PixelPatches table = PixelPatches.read(model.features(), data.resolve("images"), images, refs);
      for (int beam : new int[] {3, 1}) {
        CaptionDecoder decoder = new CaptionDecoder(model.model(), model.manager(), model.vocabulary(), beam, 16);
        decoder.decode(table, 0, Math.min(64, table.rows()), n -> { }); // warm-up
        long start = System.nanoTime();
        decoder.decode(table, 0, table.rows(), n -> { });
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "generation, beam %d: %d images in %.2f s: %.1f images/s%n", beam,
            table.rows(), s, table.rows() / s);
      }
    }
  }
}
