package org.s2s4j.captioning.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.s2s4j.captioning.features.ImageSource;
import org.s2s4j.captioning.image.ImageDecoder;
import org.s2s4j.captioning.image.RgbImage;
import org.s2s4j.corpora.captions.Caption;
import org.s2s4j.corpora.captions.CaptionCorpus;
import org.s2s4j.corpora.captions.CocoCaptionsCorpus;
import org.s2s4j.corpora.captions.KarpathySplitCorpus;
import org.s2s4j.corpora.io.CloseableIterator;

class SyntheticCaptionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static SyntheticCaptions dataset(int n, long seed) {
    return SyntheticCaptions.split(n, seed, 64, 5, 80, 10, 10);
  }

  private static List<Caption> read(CaptionCorpus corpus) throws IOException {
    List<Caption> all = new ArrayList<>();
    try (CloseableIterator<Caption> it = corpus.open()) {
      it.forEachRemaining(all::add);
    }
    return all;
  }

  private static Map<Integer, Scene> scenes(Path out) throws IOException {
    Map<Integer, Scene> scenes = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("scenes.jsonl"))) {
      JsonNode node = JSON.readTree(line);
      scenes.put(node.get("image_id").asInt(), Scene.fromJson(node));
    }
    return scenes;
  }

  /** SHA-256 over every file's relative path and bytes, in path order. */
  private static String digest(Path root) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      sha.update(root.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(Files.readAllBytes(f));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  @Test
  void writesCocoKarpathyAndListsThatTheReadersRead() throws IOException {
    Path out = dir.resolve("synth");
    SyntheticCaptions.Summary s = dataset(50, 3).write(out, false, i -> { });
    assertEquals(Map.of("train", 40, "val", 5, "test", 5), s.imagesPerSplit());
    assertEquals(50, s.images());
    assertEquals(250, s.captions());
    Set<Integer> annotationIds = new HashSet<>();
    for (String split : SyntheticCaptions.SPLITS) {
      Path coco = out.resolve("captions_" + split + ".json");
      List<Caption> captions = read(new CocoCaptionsCorpus(coco));
      assertEquals(5 * s.imagesPerSplit().get(split), captions.size(), split);
      JsonNode root = JSON.readTree(coco.toFile());
      root.get("annotations").forEach(a -> assertTrue(annotationIds.add(a.get("id").asInt()), "annotation ids are unique"));
      for (JsonNode image : root.get("images")) {
        assertEquals(64, image.get("width").asInt());
        assertEquals(64, image.get("height").asInt());
        assertEquals(image.get("id").asText() + ".png", image.get("file_name").asText());
      }
      List<Caption> karpathy = read(new KarpathySplitCorpus(out.resolve("dataset_synth.json"), Set.of(split)));
      assertEquals(captions.size(), karpathy.size(), split);
      for (int i = 0; i < captions.size(); i++) {
        Caption c = captions.get(i);
        Caption k = karpathy.get(i);
        assertEquals(c.image(), k.image());
        assertEquals(c.file(), k.file());
        assertEquals(c.text(), k.text());
        assertEquals(List.of(c.text().split(" ")), k.tokens());
        assertEquals(split, k.split());
        assertTrue(Files.isRegularFile(out.resolve("images").resolve(c.file())));
      }
      // the list file and the COCO file give s2s caption features the same ids and files
      List<ImageSource> fromList = ImageSource.listed(out.resolve("images"), out.resolve(split + "_images.txt"));
      assertEquals(ImageSource.listed(out.resolve("images"), coco), fromList);
      assertEquals(s.imagesPerSplit().get(split), fromList.size());
    }
    try (Stream<Path> list = Files.list(dir)) {
      assertEquals(List.of(out), list.toList(), "no temporary folders left");
    }
  }

  @Test
  void everyCaptionIsTrueAndThePixelsShowTheScene() throws IOException {
    Path out = dir.resolve("truth");
    dataset(400, 11).write(out, false, i -> { });
    Map<Integer, Scene> scenes = scenes(out);
    assertEquals(400, scenes.size());
    List<Caption> captions = new ArrayList<>();
    for (String split : SyntheticCaptions.SPLITS) {
      captions.addAll(read(new CocoCaptionsCorpus(out.resolve("captions_" + split + ".json"))));
    }
    Map<String, Integer> perImage = new HashMap<>();
    for (Caption c : captions) {
      CaptionTruth.check(scenes.get(Integer.parseInt(c.image())), c.text());
      perImage.merge(c.image(), 1, Integer::sum);
    }
    assertTrue(perImage.values().stream().allMatch(n -> n == 5), "five captions per image");
    for (Map.Entry<Integer, Scene> e : scenes.entrySet()) {
      RgbImage image = ImageDecoder.read(out.resolve("images/" + e.getKey() + ".png"));
      Scene scene = e.getValue();
      int covered = 0;
      for (Shape s : scene.shapes()) {
        assertEquals(s.colour().rgb(), rgb(image, s.x(), s.y()), "centre of " + s + " in image " + e.getKey());
        for (int y = 0; y < 64; y++) {
          for (int x = 0; x < 64; x++) {
            if (s.covers(x, y)) {
              covered++;
              assertEquals(s.colour().rgb(), rgb(image, x, y));
            }
          }
        }
      }
      int coloured = 0;
      for (int y = 0; y < 64; y++) {
        for (int x = 0; x < 64; x++) {
          coloured += rgb(image, x, y) == 0xffffff ? 0 : 1;
        }
      }
      assertEquals(covered, coloured, "nothing but the shapes is drawn, and they do not overlap");
    }
  }

  private static int rgb(RgbImage image, int x, int y) {
    return image.get(x, y, 0) << 16 | image.get(x, y, 1) << 8 | image.get(x, y, 2);
  }

  @Test
  void theTruthCheckRejectsFalseCaptions() {
    Shape red = new Shape(ShapeKind.CIRCLE, ShapeColour.RED, ShapeSize.SMALL, 10, 30, 5);
    Shape blue = new Shape(ShapeKind.SQUARE, ShapeColour.BLUE, ShapeSize.LARGE, 40, 32, 9);
    Scene scene = new Scene(64, 64, List.of(red, blue));
    CaptionTruth.check(scene, "a small red circle to the left of a big blue square on a white background");
    CaptionTruth.check(scene, "there is a blue square to the right of a red circle");
    CaptionTruth.check(scene, "a picture of a red circle and a blue square");
    for (String lie : List.of("a red circle to the right of a blue square", "a red circle above a blue square",
        "a large red circle next to a blue square", "a green circle and a blue square", "two red circles",
        "a red square beside a blue square", "an red circle", "a red circles", "there are a red circle",
        "one blue square in the top left corner", "a red circle to the left of a red circle")) {
      assertThrows(AssertionError.class, () -> CaptionTruth.check(scene, lie), lie);
    }
    Scene alone = new Scene(64, 64, List.of(new Shape(ShapeKind.TRIANGLE, ShapeColour.ORANGE, ShapeSize.SMALL, 50, 10, 5)));
    CaptionTruth.check(alone, "an orange triangle in the top right corner");
    assertThrows(AssertionError.class, () -> CaptionTruth.check(alone, "an orange triangle at the top"));
    assertThrows(AssertionError.class, () -> CaptionTruth.check(alone, "an orange triangle in the top left corner"));
  }

  @Test
  void aSmallVocabularyButNoCaptionFitsMany() throws IOException {
    Path out = dir.resolve("variety");
    SyntheticCaptions.Summary s = dataset(2000, 1).write(out, false, i -> { });
    assertTrue(s.vocabulary() >= 30 && s.vocabulary() <= 60, "vocabulary " + s.vocabulary());
    Set<String> words = new HashSet<>();
    Map<String, Set<String>> imagesPerCaption = new HashMap<>();
    for (Caption c : read(new KarpathySplitCorpus(out.resolve("dataset_synth.json")))) {
      words.addAll(c.tokens());
      imagesPerCaption.computeIfAbsent(c.text(), k -> new HashSet<>()).add(c.image());
    }
    assertEquals(CaptionTruth.VOCABULARY, words, "every word of the grammar is used");
    int commonest = imagesPerCaption.values().stream().mapToInt(Set::size).max().orElseThrow();
    assertTrue(commonest < 2000 / 20, "the commonest caption describes " + commonest + " of 2000 images");
    Map<Integer, Integer> shapeCounts = new HashMap<>();
    scenes(out).values().forEach(sc -> shapeCounts.merge(sc.shapes().size(), 1, Integer::sum));
    assertEquals(Set.of(1, 2, 3), shapeCounts.keySet());
  }

  @Test
  void theSameSeedGivesTheSameBytesOtherSeedsOthers() throws Exception {
    String a = digest(dataset(30, 7).write(dir.resolve("a"), false, i -> { }).out());
    String b = digest(dataset(30, 7).write(dir.resolve("b"), false, i -> { }).out());
    String c = digest(dataset(30, 8).write(dir.resolve("c"), false, i -> { }).out());
    assertEquals(a, b);
    assertFalse(a.equals(c));
    // Recorded once after viewing all 30 images and reading their captions (each true); any change
    // to the drawing, the captions, the JSON or the PNG encoding shows here.
    assertEquals("66c6ed704a948b29a8b1c5f2d445f90560e157e4d7f9a3ce2a4ab4ecd16ff679", a);
  }

  @Test
  void aFailedRunLeavesNothingAndAnExistingDatasetIsKeptOrReplaced() throws IOException {
    Path out = dir.resolve("atomic");
    assertThrows(IllegalStateException.class, () -> dataset(20, 1).write(out, false, i -> {
      if (i == 10) {
        throw new IllegalStateException("disk full");
      }
    }));
    try (Stream<Path> list = Files.list(dir)) {
      assertEquals(List.of(), list.toList(), "no dataset and no temporary folder");
    }
    dataset(20, 1).write(out, false, i -> { });
    byte[] before = Files.readAllBytes(out.resolve("captions_train.json"));
    assertThrows(FileAlreadyExistsException.class, () -> dataset(20, 2).write(out, false, i -> { }));
    assertArrayEquals(before, Files.readAllBytes(out.resolve("captions_train.json")));
    dataset(10, 2).write(out, true, i -> { });
    assertEquals(8, read(new CocoCaptionsCorpus(out.resolve("captions_train.json"))).size() / 5);
    assertFalse(Files.exists(out.resolve("images/11.png")), "the old dataset is gone entirely");
    try (Stream<Path> list = Files.list(dir)) {
      assertEquals(List.of(out), list.toList());
    }
    Path other = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(other.resolve("keep.txt"), "mine");
    IOException refused = assertThrows(IOException.class, () -> dataset(5, 1).write(other, true, i -> { }));
    assertTrue(refused.getMessage().contains("not a dataset of s2s caption synth"), refused.getMessage());
    assertEquals("mine", Files.readString(other.resolve("keep.txt")));
  }

  @Test
  void splitWeightsAndBadSettings() {
    SyntheticCaptions d = SyntheticCaptions.split(2000, 1, 64, 5, 80, 10, 10);
    assertEquals(200, d.val());
    assertEquals(200, d.test());
    assertEquals("train", d.splitOf(1600));
    assertEquals("val", d.splitOf(1601));
    assertEquals("test", d.splitOf(1801));
    assertEquals(3, SyntheticCaptions.split(10, 1, 64, 5, 7, 3, 0).val());
    assertThrows(IllegalArgumentException.class, () -> SyntheticCaptions.split(2, 1, 64, 5, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCaptions.split(0, 1, 64, 5, 8, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCaptions.split(10, 1, 16, 5, 8, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> SyntheticCaptions.split(10, 1, 64, 6, 8, 1, 1));
  }
}
