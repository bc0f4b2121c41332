package org.s2s4j.captioning.synth;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A synthetic image captioning dataset: pictures of coloured shapes ({@link Scene}) with true
 * English captions ({@link SceneDescriber}), written in the layouts captioning tools read.
 *
 * <p>{@link #write} creates {@code OUT/} with
 *
 * <ul>
 *   <li>{@code images/ID.png}: palette PNGs, {@code width x height}, white background;
 *   <li>{@code captions_train.json}, {@code captions_val.json}, {@code captions_test.json}: COCO
 *       caption annotations ({@code images} with {@code id, file_name, width, height};
 *       {@code annotations} with {@code id, image_id, caption}; file names relative to
 *       {@code images/});
 *   <li>{@code dataset_synth.json}: the same in Karpathy's split format ({@code split, filename,
 *       imgid} (0-based), {@code cocoid} (the image id, which self-critical.pytorch's scripts
 *       key on), {@code sentences} with {@code raw, tokens});
 *   <li>{@code train_images.txt}, {@code val_images.txt}, {@code test_images.txt}: one file name
 *       per line, for {@code s2s caption features --list};
 *   <li>{@code scenes.jsonl}: every picture's scene ({@code {"image_id", "split", ...}}), the
 *       ground truth behind the captions.
 * </ul>
 *
 * <p>Image ids run from 1; the first images are train, then val, then test. Everything is drawn
 * from one SplitMix64 stream ({@link SynthRandom}) seeded with {@code seed}, pixels are set with
 * integer tests and PNGs are encoded by {@link PalettePng}, so the same settings give
 * byte-identical files on every machine. The dataset is written into a temporary sibling folder
 * and renamed to {@code OUT} when complete: a failed run leaves nothing that looks like a dataset.
 *
 * @param images how many pictures
 * @param seed the random seed
 * @param side the pictures' width and height in pixels (at least 32)
 * @param captionsPerImage captions per picture
 * @param val how many of the pictures are val
 * @param test how many are test (the rest is train)
 */
public record SyntheticCaptions(int images, long seed, int side, int captionsPerImage, int val, int test) {

  /** The split names in the order of the image ids. */
  public static final List<String> SPLITS = List.of("train", "val", "test");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCENES = "scenes.jsonl";

  public SyntheticCaptions {
    if (images < 1) {
      throw new IllegalArgumentException("the number of images must be >= 1, got " + images);
    }
    if (side < 32 || side > 4096) {
      throw new IllegalArgumentException("the image side must be in 32..4096, got " + side);
    }
    if (captionsPerImage < 1 || captionsPerImage > 5) {
      throw new IllegalArgumentException("captions per image must be in 1..5, got " + captionsPerImage);
    }
    if (val < 0 || test < 0 || val + test >= images) {
      throw new IllegalArgumentException("val (" + val + ") and test (" + test
          + ") must leave at least one of the " + images + " images for train");
    }
  }

  /**
   * The dataset of {@code images} pictures split by the weights {@code train:val:test} (val and
   * test rounded down, train the rest).
   */
  public static SyntheticCaptions split(int images, long seed, int side, int captionsPerImage,
      int trainWeight, int valWeight, int testWeight) {
    long total = (long) trainWeight + valWeight + testWeight;
    if (trainWeight < 1 || valWeight < 0 || testWeight < 0) {
      throw new IllegalArgumentException("split weights must be train >= 1, val and test >= 0, got "
          + trainWeight + "," + valWeight + "," + testWeight);
    }
    int val = (int) (images * (long) valWeight / total);
    int test = (int) (images * (long) testWeight / total);
    return new SyntheticCaptions(images, seed, side, captionsPerImage, val, test);
  }

  /** One drawn picture. */
  record Item(int id, String split, Scene scene, List<String> captions) {

    /** The picture's file name in {@code images/}. */
    String fileName() {
      return id + ".png";
    }
  }

  /** What {@link #write} wrote. */
  public record Summary(Path out, Map<String, Integer> imagesPerSplit, int images, int captions,
      int vocabulary, long pngBytes, double seconds) {}

  /** The split of image {@code id} (1-based). */
  public String splitOf(int id) {
    int train = images - val - test;
    return id <= train ? "train" : id <= train + val ? "val" : "test";
  }

  /**
   * Draws the dataset into {@code out}, reporting each finished picture to {@code progress}.
   *
   * @param overwrite replace an existing dataset at {@code out} (one with a {@code scenes.jsonl};
   *     a folder of anything else is never replaced); otherwise {@code out} must not exist or be empty
   * @throws FileAlreadyExistsException when {@code out} exists, is not empty and {@code overwrite} is false
   */
  public Summary write(Path out, boolean overwrite, IntConsumer progress) throws IOException {
    long start = System.nanoTime();
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target) && !isEmptyDirectory(target)) {
      if (!overwrite) {
        throw new FileAlreadyExistsException(out.toString(), null, "exists and is not empty (use --overwrite to replace it)");
      }
      if (!Files.isRegularFile(target.resolve(SCENES))) {
        throw new IOException(out + ": not a dataset of s2s caption synth (no " + SCENES
            + "); refusing to replace it");
      }
    }
    Files.createDirectories(target.getParent());
    Path temp = freshSibling(target, "tmp");
    try {
      Summary s = writeInto(temp, progress);
      moveIntoPlace(temp, target);
      return new Summary(out, s.imagesPerSplit(), s.images(), s.captions(), s.vocabulary(),
          s.pngBytes(), (System.nanoTime() - start) / 1e9);
    } finally {
      if (Files.exists(temp)) {
        deleteTree(temp);
      }
    }
  }

  private Summary writeInto(Path dir, IntConsumer progress) throws IOException {
    Path imageDir = Files.createDirectory(dir.resolve("images"));
    SynthRandom random = new SynthRandom(seed);
    SceneSampler sampler = new SceneSampler(side, side);
    List<Item> items = new ArrayList<>(images);
    long pngBytes = 0;
    for (int id = 1; id <= images; id++) {
      Scene scene = sampler.sample(random);
      Item item = new Item(id, splitOf(id), scene, SceneDescriber.describe(scene, captionsPerImage, random));
      byte[] png = SceneRenderer.png(scene);
      Files.write(imageDir.resolve(item.fileName()), png);
      pngBytes += png.length;
      items.add(item);
      progress.accept(id);
    }
    int annotation = 0;
    Map<String, Integer> perSplit = new LinkedHashMap<>();
    for (String split : SPLITS) {
      List<Item> part = items.stream().filter(i -> i.split().equals(split)).toList();
      perSplit.put(split, part.size());
      annotation = writeCoco(dir.resolve("captions_" + split + ".json"), split, part, annotation);
      writeText(dir.resolve(split + "_images.txt"),
          part.stream().map(i -> i.fileName() + "\n").collect(Collectors.joining()));
    }
    writeKarpathy(dir.resolve("dataset_synth.json"), items);
    StringBuilder scenes = new StringBuilder();
    for (Item item : items) {
      ObjectNode node = JSON.createObjectNode();
      node.put("image_id", item.id());
      node.put("split", item.split());
      node.setAll(item.scene().toJson());
      scenes.append(JSON.writeValueAsString(node)).append('\n');
    }
    writeText(dir.resolve(SCENES), scenes.toString());
    TreeSet<String> vocabulary = new TreeSet<>();
    items.forEach(i -> i.captions().forEach(c -> vocabulary.addAll(List.of(c.split(" ")))));
    return new Summary(dir, perSplit, items.size(), annotation, vocabulary.size(), pngBytes, 0);
  }

  private int writeCoco(Path file, String split, List<Item> items, int annotationId) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        JsonGenerator g = JSON.getFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeObjectFieldStart("info");
      g.writeStringField("description", "s2s4j synthetic shapes, " + split + " split");
      g.writeStringField("generator", describe());
      g.writeEndObject();
      g.writeArrayFieldStart("images");
      for (Item i : items) {
        g.writeStartObject();
        g.writeNumberField("id", i.id());
        g.writeStringField("file_name", i.fileName());
        g.writeNumberField("width", i.scene().width());
        g.writeNumberField("height", i.scene().height());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("annotations");
      for (Item i : items) {
        for (String caption : i.captions()) {
          g.writeStartObject();
          g.writeNumberField("id", ++annotationId);
          g.writeNumberField("image_id", i.id());
          g.writeStringField("caption", caption);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    return annotationId;
  }

  private void writeKarpathy(Path file, List<Item> items) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        JsonGenerator g = JSON.getFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("dataset", "synth");
      g.writeArrayFieldStart("images");
      int sentence = 0;
      for (int index = 0; index < items.size(); index++) {
        Item i = items.get(index);
        g.writeStartObject();
        g.writeStringField("split", i.split());
        g.writeStringField("filename", i.fileName());
        g.writeNumberField("imgid", index);
        g.writeNumberField("cocoid", i.id());
        g.writeArrayFieldStart("sentids");
        for (int k = 0; k < i.captions().size(); k++) {
          g.writeNumber(sentence + k);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sentences");
        for (String caption : i.captions()) {
          g.writeStartObject();
          g.writeArrayFieldStart("tokens");
          for (String token : caption.split(" ")) {
            g.writeString(token);
          }
          g.writeEndArray();
          g.writeStringField("raw", caption);
          g.writeNumberField("imgid", index);
          g.writeNumberField("sentid", sentence++);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /** The settings, as written into the COCO files' {@code info}. */
  public String describe() {
    return "s2s caption synth: images " + images + ", seed " + seed + ", side " + side
        + ", captions per image " + captionsPerImage + ", val " + val + ", test " + test;
  }

  private static void writeText(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  /** Renames {@code temp} to {@code target}; an existing target is moved aside first and deleted after. */
  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = freshSibling(target, "old");
      Files.delete(old);
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
      if (old != null) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  /**
   * A new empty hidden folder beside {@code target} ({@code .NAME.KIND-PID-N}), created with the
   * default permissions (unlike {@link Files#createTempDirectory}, which makes it private).
   */
  private static Path freshSibling(Path target, String kind) throws IOException {
    String prefix = "." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
    for (int n = 0; ; n++) {
      try {
        return Files.createDirectory(target.resolveSibling(prefix + n));
      } catch (FileAlreadyExistsException e) {
        if (n > 1000) {
          throw e;
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
