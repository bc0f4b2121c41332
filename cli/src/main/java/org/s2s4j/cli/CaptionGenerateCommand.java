package org.s2s4j.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.s2s4j.captioning.train.CaptionAnnotations;
import org.s2s4j.captioning.train.CaptionDecoder;
import org.s2s4j.captioning.train.CaptionModel;
import org.s2s4j.captioning.train.CaptionedImage;
import org.s2s4j.captioning.train.FeatureTable;
import org.s2s4j.captioning.train.PixelPatches;
import org.s2s4j.captioning.train.StoredFeatures;
import org.s2s4j.corpora.features.FeatureDirectory;
import org.s2s4j.corpora.features.GridLayout;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s caption generate}: captions images with a trained captioner, in COCO results format. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
        "Caption images with a model of 's2s caption train' and write the COCO results format",
        "([{\"image_id\", \"caption\"}]) that 's2s score coco --results' reads.",
        "",
        "The images are those of --annotations (COCO captions or a Karpathy split JSON), their",
        "features made as the model was trained: pixel patches from --images, or read from",
        "--features. With --features alone, every image of the feature folder is captioned."},
    footer = {"", "Examples:",
        "  s2s caption generate --model runs/shapes --images data/shapes/images \\",
        "      --annotations data/shapes/captions_test.json --beam 3 --out results.json",
        "  s2s score coco --refs data/shapes/captions_test.json --results results.json",
        "  s2s caption generate --model runs/coco --features feats/ --annotations dataset_coco.json \\",
        "      --split test --out results.json"})
final class CaptionGenerateCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "RUN_DIR", description = "Run directory of s2s caption train.")
  Path model;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Option(names = "--images", paramLabel = "DIR", description = "Image folder (models trained on pixel patches).")
    Path images;

    @Option(names = "--features", paramLabel = "DIR",
        description = "Feature folder: DIR with att/ and fc/ (s2s caption features), or NAME for NAME_att/, NAME_fc/.")
    Path features;
  }

  @Option(names = "--annotations", paramLabel = "FILE",
      description = "Which images: COCO captions JSON (its images list) or a Karpathy split JSON (with --split). "
          + "Required with --images.")
  Path annotations;

  @Option(names = "--split", paramLabel = "NAME", split = ",", defaultValue = "test",
      description = "Karpathy splits to caption (default: ${DEFAULT-VALUE}).")
  List<String> splits;

  @Option(names = "--feature-layout", paramLabel = "hwc|chw", defaultValue = "hwc",
      description = "Layout of 3-D grids in the feature files (default: ${DEFAULT-VALUE}).")
  String layout;

  @Option(names = "--beam", paramLabel = "K", defaultValue = "3", description = "Beam size; 1 is greedy (default: ${DEFAULT-VALUE}).")
  int beam;

  @Option(names = "--max-length", paramLabel = "N", defaultValue = "16",
      description = "Longest caption in tokens (default: ${DEFAULT-VALUE}).")
  int maxLength;

  @Option(names = "--out", required = true, paramLabel = "RESULTS.json", description = "COCO results file.")
  Path out;

  @Mixin EngineOptions engine;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    if (beam < 1 || maxLength < 1) {
      throw new ParameterException(spec.commandLine(), "--beam and --max-length must be >= 1");
    }
    if (input.images != null && annotations == null) {
      throw new ParameterException(spec.commandLine(), "--images needs --annotations (which images, and their files)");
    }
    GridLayout gridLayout = switch (layout) {
      case "hwc" -> GridLayout.CHANNELS_LAST;
      case "chw" -> GridLayout.CHANNELS_FIRST;
      default -> throw new ParameterException(spec.commandLine(), "--feature-layout must be hwc or chw");
    };
    long start = System.nanoTime();
    try (CaptionModel captioner = CaptionModel.load(model, engine.engine, engine.device)) {
      List<CaptionedImage> images;
      FeatureTable table;
      if (input.images != null) {
        if (!captioner.features().pixels()) {
          throw new IllegalArgumentException(model + " was trained on stored CNN features, not pixel patches: "
              + "give --features (s2s caption features makes them)");
        }
        images = CaptionAnnotations.read(annotations, splits);
        table = PixelPatches.read(captioner.features(), input.images, images, annotations);
      } else {
        if (captioner.features().pixels()) {
          throw new IllegalArgumentException(model + " was trained on pixel patches of the images: give --images");
        }
        FeatureDirectory source = FeatureDirectory.open(input.features, gridLayout);
        images = annotations != null ? CaptionAnnotations.read(annotations, splits) : idsOf(source);
        table = StoredFeatures.read(source, images, captioner.features().channels(), input.features.toString());
      }
      if (images.isEmpty()) {
        throw new IllegalArgumentException("no images to caption" + (annotations == null ? "" : " in " + annotations));
      }
      long decodeStart = System.nanoTime();
      CaptionDecoder decoder = new CaptionDecoder(captioner.model(), captioner.manager(), captioner.vocabulary(),
          beam, maxLength);
      List<String> captions;
      try (ProgressBar bar = CorpusCommand.progress("caption", "img", images.size())) {
        captions = decoder.decode(table, 0, table.rows(), bar::stepTo);
      }
      double decodeSeconds = (System.nanoTime() - decodeStart) / 1e9;
      write(images, captions);
      print(images.size(), (System.nanoTime() - start) / 1e9, decodeSeconds);
    }
    return 0;
  }

  private static List<CaptionedImage> idsOf(FeatureDirectory source) throws IOException {
    List<CaptionedImage> images = new ArrayList<>();
    for (String id : source.imageIds()) {
      images.add(new CaptionedImage(id, id.matches("[0-9]{1,18}"), null, List.of()));
    }
    return images;
  }

  /** Writes the results beside {@code --out} and renames them into place, so a failure leaves no half file. */
  private void write(List<CaptionedImage> images, List<String> captions) throws IOException {
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(temp);
          JsonGenerator g = JSON.getFactory().createGenerator(os, JsonEncoding.UTF8)) {
        g.writeStartArray();
        for (int i = 0; i < images.size(); i++) {
          CaptionedImage image = images.get(i);
          g.writeStartObject();
          if (image.numericId()) {
            g.writeNumberField("image_id", Long.parseLong(image.id()));
          } else {
            g.writeStringField("image_id", image.id());
          }
          g.writeStringField("caption", captions.get(i));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeRaw('\n');
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void print(int images, double seconds, double decodeSeconds) throws Exception {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("images", images);
    json.put("out", out.toString());
    json.put("beam", beam);
    json.put("seconds", Math.round(seconds * 100) / 100.0);
    json.put("imagesPerSecond", Math.round(images / decodeSeconds * 10) / 10.0);
    format.print(spec.commandLine().getOut(), json, String.format(Locale.ROOT, "captioned %d images in %.1f s (%.1f images/s decoding, "
        + "beam %d) into %s", images, seconds, images / decodeSeconds, beam, out));
  }
}
