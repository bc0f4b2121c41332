package org.s2s4j.seq2seq.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.s2s4j.seq2seq.Preprocessing;
import org.s2s4j.tokenization.TextFiles;

/**
 * A model directory's {@code pipeline.json}: the preprocessing of both sides and the BPE files
 * (named relative to the directory) with their SHA-256, so that a model directory translates raw
 * text on its own and a changed codes file is caught.
 */
public final class PipelineFile {

  /** The file name in a model directory. */
  public static final String NAME = "pipeline.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final int FORMAT = 1;

  private PipelineFile() {}

  /** The file's content for {@code p}, whose BPE files lie in {@code modelDir}. */
  public static String text(Path modelDir, Preprocessing p) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("max_length", p.maxLength());
    root.set("source", side(p.source()));
    root.set("target", side(p.target()));
    Preprocessing.Subwords bpe = p.bpe();
    if (bpe == null) {
      root.putNull("bpe");
    } else {
      ObjectNode b = root.putObject("bpe");
      b.put("separator", bpe.separator());
      b.set("source_codes", file(modelDir, bpe.sourceCodes()));
      b.set("target_codes", file(modelDir, bpe.targetCodes()));
      b.set("source_vocabulary", file(modelDir, bpe.sourceVocabulary()));
      b.set("target_vocabulary", file(modelDir, bpe.targetVocabulary()));
      b.put("vocabulary_threshold", bpe.vocabularyThreshold());
      ArrayNode g = b.putArray("glossaries");
      bpe.glossaries().forEach(g::add);
    }
    return JSON.writeValueAsString(root) + "\n";
  }

  /** Writes {@code modelDir/pipeline.json} (atomically). */
  public static void write(Path modelDir, Preprocessing p) throws IOException {
    TextFiles.writeAtomically(modelDir.resolve(NAME), text(modelDir, p));
  }

  /**
   * Reads {@code modelDir/pipeline.json}, checking that every file it names is there with the
   * recorded checksum.
   *
   * @throws IOException naming the file and the problem: a missing or changed BPE file, a
   *     tokenizer this build does not know, a malformed entry
   */
  public static Preprocessing read(Path modelDir) throws IOException {
    Path file = modelDir.resolve(NAME);
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage());
    }
    try {
      if (root.path("format").asInt(-1) != FORMAT) {
        throw new IOException(file + ": unsupported format " + root.path("format")
            + " (this build reads format " + FORMAT + ")");
      }
      Preprocessing.Side source = side(file, root.path("source"));
      Preprocessing.Side target = side(file, root.path("target"));
      JsonNode b = root.path("bpe");
      Preprocessing.Subwords bpe = null;
      if (!b.isNull() && !b.isMissingNode()) {
        List<String> glossaries = new ArrayList<>();
        b.path("glossaries").forEach(g -> glossaries.add(g.asText()));
        bpe = new Preprocessing.Subwords(b.path("separator").asText("@@"),
            checked(file, modelDir, b.path("source_codes"), true),
            checked(file, modelDir, b.path("target_codes"), true),
            checked(file, modelDir, b.path("source_vocabulary"), false),
            checked(file, modelDir, b.path("target_vocabulary"), false),
            b.path("vocabulary_threshold").asInt(0), List.copyOf(glossaries));
      }
      return new Preprocessing(source, target, bpe, root.path("max_length").asInt(100));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage());
    }
  }

  private static ObjectNode side(Preprocessing.Side s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("tokenizer", s.tokenizer());
    n.put("language", s.language());
    n.put("lowercase", s.lowercase());
    return n;
  }

  private static Preprocessing.Side side(Path file, JsonNode n) throws IOException {
    if (!n.path("tokenizer").isTextual() || !n.path("language").isTextual()
        || !n.path("lowercase").isBoolean()) {
      throw new IOException(file + ": each side needs tokenizer, language and lowercase, got " + n);
    }
    String tokenizer = n.get("tokenizer").asText();
    try {
      return new Preprocessing.Side(tokenizer, n.get("language").asText(),
          n.get("lowercase").asBoolean());
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": the model was trained with tokenizer '" + tokenizer
          + "', which this build does not know (it knows " + Preprocessing.NONE + ", "
          + String.join(", ", org.s2s4j.tokenization.Tokenizers.schemes()) + ")");
    }
  }

  private static JsonNode file(Path modelDir, Path f) throws IOException {
    if (f == null) {
      return JSON.nullNode();
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("file", modelDir.toAbsolutePath().relativize(f.toAbsolutePath()).toString());
    n.put("sha256", Checksums.sha256(f));
    return n;
  }

  private static Path checked(Path file, Path modelDir, JsonNode n, boolean required)
      throws IOException {
    if (n.isNull() || n.isMissingNode()) {
      if (required) {
        throw new IOException(file + ": the bpe section lacks its codes files");
      }
      return null;
    }
    Path f = modelDir.resolve(n.path("file").asText());
    if (!Files.isRegularFile(f)) {
      throw new IOException(file + " names " + f + ", which is missing");
    }
    String expected = n.path("sha256").asText();
    String actual = Checksums.sha256(f);
    if (!actual.equals(expected)) {
      throw new IOException(f + ": SHA-256 " + actual + " does not match " + expected
          + " recorded in " + file + "; the file was changed or replaced since training");
    }
    return f;
  }
}
