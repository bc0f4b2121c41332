package org.s2s4j.bench.caption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.s2s4j.corpora.io.AtomicOutput;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.evaluation.caption.CocoCaptionSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A captioning workload from Multi30k: image {@code i} has the five English captions of task 2
 * ({@code train.1..5.en}) as references and, as its candidate, task 1's English caption
 * ({@code train.en}, usually one of the five) with its words shuffled (seeded), for the first N
 * training images. The shuffle keeps the vocabulary but breaks most longer n-grams, like a weak
 * system.
 *
 * <p>{@code main OUT_DIR [N]} writes {@code annotations.json} and {@code results.json} in COCO
 * format for timing {@code s2s score coco}; the shared folder comes from {@code -Ds2s4j.shared}
 * (default {@code ../shared}).
 */
public final class CocoBenchData {

  private static final Logger LOG = LoggerFactory.getLogger(CocoBenchData.class);

  /** The number of references per image. */
  public static final int REFERENCES = 5;

  private static final long SEED = 271828;

  private CocoBenchData() {}

  /** The Multi30k folder under the shared folder. */
  public static Path multi30k() {
    return Path.of(System.getProperty("s2s4j.shared", "../shared"), "data", "multi30k");
  }

  /** The first {@code images} images of Multi30k train with 5 references and 1 candidate each. */
  public static CocoCaptionSet load(int images) throws IOException {
    Path dir = multi30k();
    List<List<String>> refs = new ArrayList<>();
    for (int k = 1; k <= REFERENCES; k++) {
      refs.add(read(dir.resolve("task2/raw/train." + k + ".en.gz"), images));
    }
    List<String> candidates = read(dir.resolve("task1/raw/train.en.gz"), images);
    List<String> ids = new ArrayList<>(images);
    Map<String, List<String>> references = new LinkedHashMap<>();
    Map<String, String> results = new LinkedHashMap<>();
    Random random = new Random(SEED);
    for (int i = 0; i < images; i++) {
      String id = Integer.toString(i + 1);
      ids.add(id);
      List<String> r = new ArrayList<>(REFERENCES);
      for (List<String> stream : refs) {
        r.add(stream.get(i));
      }
      references.put(id, r);
      List<String> words = new ArrayList<>(List.of(candidates.get(i).split(" ")));
      Collections.shuffle(words, random);
      results.put(id, String.join(" ", words));
    }
    return new CocoCaptionSet(ids, true, references, results);
  }

  private static List<String> read(Path file, int lines) throws IOException {
    List<String> out = new ArrayList<>(lines);
    try (Utf8LineReader reader = Utf8LineReader.open(file)) {
      String line;
      while (out.size() < lines && (line = reader.readLine()) != null) {
        out.add(line);
      }
    }
    if (out.size() < lines) {
      throw new InputFormatException(file, 0, "has " + out.size() + " lines, " + lines
          + " needed");
    }
    return out;
  }

  /** Writes {@code annotations.json} and {@code results.json} for {@code set} into {@code dir}. */
  public static void write(CocoCaptionSet set, Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode annotations = json.createObjectNode();
    ArrayNode images = annotations.putArray("images");
    ArrayNode anns = annotations.putArray("annotations");
    ArrayNode results = json.createArrayNode();
    int annotationId = 0;
    for (String id : set.imageIds()) {
      long imageId = Long.parseLong(id);
      images.addObject().put("id", imageId);
      for (String caption : set.references().get(id)) {
        anns.addObject().put("image_id", imageId).put("id", ++annotationId)
            .put("caption", caption);
      }
      results.addObject().put("image_id", imageId).put("caption", set.candidates().get(id));
    }
    writeJson(json, annotations, dir.resolve("annotations.json"));
    writeJson(json, results, dir.resolve("results.json"));
  }

  private static void writeJson(ObjectMapper json, Object tree, Path file) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(file)) {
      json.writeValue(out.stream(), tree);
      out.commit();
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: CocoBenchData OUT_DIR [IMAGES]");
    }
    int images = args.length == 2 ? Integer.parseInt(args[1]) : 5000;
    CocoCaptionSet set = load(images);
    write(set, Path.of(args[0]));
    LOG.info("wrote {} images x {} references to {}", images, REFERENCES, args[0]);
  }
}
