package org.s2s4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.s2s4j.captioning.features.CnnFeatureExtractor;
import org.s2s4j.captioning.features.FeatureExtraction;
import org.s2s4j.captioning.features.ImageSource;
import org.s2s4j.captioning.image.ImagePreprocessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s caption features}: CNN features of images, in self-critical.pytorch's layout. */
@Command(
    name = "features",
    mixinStandardHelpOptions = true,
    description = {
        "Extract CNN features of images with a TorchScript model (DJL, PyTorch engine).",
        "",
        "Writes, for every image ID, OUT/att/ID.npz (array 'feat', shape (H,W,C): the grid",
        "output of the CNN) and OUT/fc/ID.npy (shape (C): the grid's mean), the layout of",
        "self-critical.pytorch's prepro_feats.py. Images are decoded, converted to RGB, resized",
        "with Pillow's BILINEAR filter (reproduced exactly) and normalised as",
        "(pixel/255 - mean) / std. Unreadable images are named, skipped and counted; each",
        "output file appears whole or not at all."},
    footer = {"", "Examples:",
        "  s2s caption features --images val2014/ --cnn resnet101.pt --out feats/",
        "  s2s caption features --images flickr30k-images/ --list dataset_flickr30k.json \\",
        "      --cnn mobilenet.pt --output-index 0 --mean 0.5,0.5,0.5 --std 0.5,0.5,0.5 --out feats/"})
final class CaptionFeaturesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--images", paramLabel = "DIR", required = true,
      description = "Folder of the images.")
  Path images;

  @Option(names = "--list", paramLabel = "FILE",
      description = "Which images, relative to --images: a COCO annotations or Karpathy split "
          + "JSON file (ids as the file gives them: id, cocoid or imgid), or a text file of one "
          + "file name per line (id: the name without extension). Default: every .jpg, .jpeg, "
          + ".png, .bmp and .gif in --images, id the name without extension.")
  Path list;

  @Option(names = "--cnn", paramLabel = "MODEL.pt", required = true,
      description = "TorchScript CNN taking (B, 3, S, S) float RGB.")
  Path cnn;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Where att/ and fc/ go.")
  Path out;

  @Option(names = "--output-index", paramLabel = "N", defaultValue = "0",
      description = "Which output of the CNN is the (B, C, H, W) grid (default: ${DEFAULT-VALUE}).")
  int outputIndex;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "32",
      description = "Images per forward pass (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--size", paramLabel = "S", defaultValue = "224",
      description = "Input side: images are resized to S x S (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--keep-aspect",
      description = "Resize the shorter side to S and crop the centre S x S (torchvision's "
          + "Resize(S) + CenterCrop(S)) instead of squashing.")
  boolean keepAspect;

  @Option(names = "--mean", paramLabel = "R,G,B", split = ",", defaultValue = "0.485,0.456,0.406",
      description = "Channel means of pixels scaled to [0, 1] (default: ImageNet's, ${DEFAULT-VALUE}).")
  float[] mean;

  @Option(names = "--std", paramLabel = "R,G,B", split = ",", defaultValue = "0.229,0.224,0.225",
      description = "Channel standard deviations (default: ImageNet's, ${DEFAULT-VALUE}).")
  float[] std;

  @Option(names = "--device", paramLabel = "DEVICE", defaultValue = "auto",
      description = "cpu, gpu or auto: a GPU if PyTorch sees one (default: ${DEFAULT-VALUE}).")
  String device;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    ImagePreprocessor preprocessor;
    try {
      preprocessor = new ImagePreprocessor(size, keepAspect, mean, std);
      if (batchSize < 1) {
        throw new IllegalArgumentException("--batch-size must be >= 1, got " + batchSize);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<ImageSource> sources = list == null ? ImageSource.inFolder(images) : ImageSource.listed(images, list);
    FeatureExtraction.Summary summary;
    try (CnnFeatureExtractor extractor = CnnFeatureExtractor.load(cnn, device, outputIndex);
        ProgressBar bar = CorpusCommand.progress("features", "img", sources.size())) {
      summary = new FeatureExtraction(preprocessor, extractor, batchSize).run(sources, out, bar::stepTo);
    }
    print(summary, preprocessor);
    return 0;
  }

  private void print(FeatureExtraction.Summary s, ImagePreprocessor preprocessor) throws Exception {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("images", s.images());
    json.put("written", s.written());
    json.put("skipped", s.skipped().size());
    json.put("skippedFiles", s.skipped().stream()
        .map(k -> Map.of("file", k.file().toString(), "reason", k.reason())).toList());
    json.put("gridShape", Arrays.stream(s.gridShape()).boxed().toList());
    json.put("seconds", round(s.seconds()));
    json.put("preprocessSeconds", round(s.preprocessSeconds()));
    json.put("imagesPerSecond", round(s.imagesPerSecond()));
    json.put("att", out.resolve("att").toString());
    json.put("fc", out.resolve("fc").toString());
    json.put("preprocessing", preprocessor.toString());
    json.put("cnn", cnn.toString());
    json.put("outputIndex", outputIndex);
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "wrote features of %d of %d images in %.1f s (%.1f images/s; %.1f s decoding and resizing)",
        s.written(), s.images(), s.seconds(), s.imagesPerSecond(), s.preprocessSeconds()));
    if (s.gridShape().length > 0) {
      int[] g = s.gridShape();
      text.append(String.format(Locale.ROOT, "%n  grids (%d, %d, %d) in %s, means (%d) in %s",
          g[0], g[1], g[2], out.resolve("att"), g[2], out.resolve("fc")));
    }
    if (!s.skipped().isEmpty()) {
      text.append(String.format(Locale.ROOT, "%n  skipped %d unreadable image(s):", s.skipped().size()));
      s.skipped().forEach(k -> text.append(String.format(Locale.ROOT, "%n    %s: %s", k.file(), k.reason())));
    }
    PrintWriter pw = spec.commandLine().getOut();
    format.print(pw, json, text.toString());
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
