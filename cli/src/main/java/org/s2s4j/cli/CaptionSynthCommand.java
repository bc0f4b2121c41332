package org.s2s4j.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.s2s4j.captioning.synth.SyntheticCaptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s caption synth}: a synthetic captioning dataset of coloured shapes. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Draw a synthetic image captioning dataset: pictures of coloured shapes (circles,",
        "squares, triangles, diamonds; six colours; two sizes; one shape, two shapes in a clear",
        "spatial relation, or two or three alike) with several true, varied English captions",
        "each. The same settings give byte-identical files on every machine.",
        "",
        "Writes OUT/images/ID.png (palette PNGs), OUT/captions_{train,val,test}.json (COCO",
        "format), OUT/dataset_synth.json (Karpathy split format), OUT/{train,val,test}_images.txt",
        "(for s2s caption features --list) and OUT/scenes.jsonl (what each picture shows).",
        "The dataset is built in a temporary folder beside OUT and renamed when complete."},
    footer = {"", "Examples:",
        "  s2s caption synth --n 2000 --out data/shapes",
        "  s2s caption synth --n 10000 --out data/shapes --seed 7 --split 90,5,5 --format json"})
final class CaptionSynthCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--n", paramLabel = "N", required = true, description = "Number of images.")
  int images;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The dataset folder; must not exist or be empty unless --overwrite.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--split", paramLabel = "TRAIN,VAL,TEST", split = ",", defaultValue = "80,10,10",
      description = "Relative split sizes; val and test are rounded down, train gets the rest "
          + "(default: ${DEFAULT-VALUE}).")
  int[] split;

  @Option(names = "--size", paramLabel = "PX", defaultValue = "64",
      description = "Width and height of the pictures, at least 32 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--captions", paramLabel = "K", defaultValue = "5",
      description = "Different captions per image, 1 to 5 (default: ${DEFAULT-VALUE}).")
  int captions;

  @Option(names = "--overwrite",
      description = "Replace an existing dataset of this command at --out (never a folder without its scenes.jsonl).")
  boolean overwrite;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    SyntheticCaptions dataset;
    try {
      if (split.length != 3) {
        throw new IllegalArgumentException("--split takes three numbers, TRAIN,VAL,TEST, got " + split.length);
      }
      dataset = SyntheticCaptions.split(images, seed, size, captions, split[0], split[1], split[2]);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    SyntheticCaptions.Summary s;
    try (ProgressBar bar = CorpusCommand.progress("synth", "img", images)) {
      s = dataset.write(out, overwrite, bar::stepTo);
    } catch (FileAlreadyExistsException e) {
      throw new IOException(out + ": exists and is not empty; use --overwrite to replace it, or another --out");
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("out", out.toString());
    json.put("seed", seed);
    json.put("images", s.images());
    json.put("imagesPerSplit", s.imagesPerSplit());
    json.put("captions", s.captions());
    json.put("vocabulary", s.vocabulary());
    json.put("size", List.of(size, size));
    json.put("pngBytes", s.pngBytes());
    json.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
    json.put("imagesPerSecond", Math.round(s.images() / s.seconds() * 10) / 10.0);
    String text = String.format(Locale.ROOT,
        "wrote %d images (%d train, %d val, %d test; %dx%d PNG, %.1f MB) and %d captions "
            + "(vocabulary %d words) to %s in %.1f s (%.0f images/s)",
        s.images(), s.imagesPerSplit().get("train"), s.imagesPerSplit().get("val"),
        s.imagesPerSplit().get("test"), size, size, s.pngBytes() / 1e6, s.captions(), s.vocabulary(), out,
        s.seconds(), s.images() / s.seconds());
    format.print(spec.commandLine().getOut(), json, text);
    return 0;
  }
}
