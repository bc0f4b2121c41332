package org.s2s4j.seq2seq.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.Preprocessing;
import org.s2s4j.seq2seq.TokenSampler;
import org.s2s4j.seq2seq.sampling.ConstantSchedule;
import org.s2s4j.seq2seq.sampling.ExponentialSchedule;
import org.s2s4j.seq2seq.sampling.InverseSigmoidSchedule;
import org.s2s4j.seq2seq.sampling.LinearSchedule;
import org.s2s4j.seq2seq.sampling.SamplingSchedule;
import org.s2s4j.seq2seq.train.OptimizerKind;
import org.s2s4j.seq2seq.train.SamplingOptions;
import org.s2s4j.seq2seq.train.SamplingScope;
import org.s2s4j.seq2seq.train.ScheduleUnit;
import org.s2s4j.seq2seq.train.StopMetric;
import org.s2s4j.seq2seq.train.TrainingOptions;

/**
 * Reads a YAML training configuration strictly: the bundled {@code defaults.yaml} defines every
 * key and its default, the file and {@code key=value} overrides (dotted paths) are laid over it,
 * and an unknown key, a missing required value or a value out of range is an error naming the key.
 */
public final class ConfigLoader {

  /** YAML reader/writer shared by the configuration code. */
  public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|m|h|d)?");

  private ConfigLoader() {}

  /** The defaults tree (every key). */
  public static ObjectNode defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream("defaults.yaml")) {
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled defaults.yaml", e);
    }
  }

  /** Loads {@code file} with {@code overrides} ("training.max_time=20m") applied. */
  public static RunConfig load(Path file, List<String> overrides) throws IOException {
    return fromTree(resolve(file, overrides, defaults()), file.toAbsolutePath().getParent());
  }

  /**
   * The tree of {@code file} laid over {@code defaults} (which define every key), with
   * {@code overrides} applied; an unknown key is an error naming it.
   */
  public static ObjectNode resolve(Path file, List<String> overrides, ObjectNode defaults) throws IOException {
    JsonNode user;
    try {
      user = YAML.readTree(file.toFile());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new IllegalArgumentException("config file not found: " + file);
    }
    if (user != null && !user.isNull() && !user.isObject()) {
      throw new IllegalArgumentException(file + ": the configuration must be a YAML mapping");
    }
    ObjectNode tree = defaults;
    if (user != null && user.isObject()) {
      merge(tree, (ObjectNode) user, "");
    }
    for (String o : overrides) {
      set(tree, o);
      // data_dir in the file is relative to the file; on the command line, to the working
      // directory, as the user typed it.
      if (o.substring(0, Math.max(o.indexOf('='), 0)).strip().equals("data_dir")
          && tree.get("data_dir").isTextual()) {
        tree.put("data_dir", Path.of(tree.get("data_dir").asText()).toAbsolutePath().toString());
      }
    }
    return tree;
  }

  /** Validates a resolved tree; relative data paths resolve against {@code data_dir} or {@code base}. */
  public static RunConfig fromTree(ObjectNode tree, Path base) {
    Path dataDir = (tree.get("data_dir").isNull() ? base : base.resolve(tree.get("data_dir").asText()))
        .toAbsolutePath().normalize();
    tree.put("data_dir", dataDir.toString());
    JsonNode d = tree.get("data");
    DataOptions data = new DataOptions(path(d, "data.", "train_source", dataDir), path(d, "data.", "train_target", dataDir),
        path(d, "data.", "dev_source", dataDir), path(d, "data.", "dev_target", dataDir), bool(d, "data.", "lowercase"),
        atLeast(d, "data.", "max_length", 1), atLeast(d, "data.", "source_vocab_size", 1),
        atLeast(d, "data.", "target_vocab_size", 1), atLeast(d, "data.", "min_frequency", 1),
        atLeast(d, "data.", "batch_tokens", 0), atLeast(d, "data.", "batch_sentences", 0),
        atLeast(d, "data.", "window", 1));
    if (data.batchTokens() == 0 && data.batchSentences() == 0) {
      throw new IllegalArgumentException("set data.batch_tokens or data.batch_sentences (both are 0)");
    }
    PreprocessingOptions preprocessing = preprocessing(tree.get("preprocessing"), data.lowercase());
    ModelOptions model = model(tree.get("model"));
    model.toConfig(1, 1); // validates the combination (dropout range, dot attention sizes)
    TrainingOptions training = training(tree.get("training"));
    int devSentences = atLeast(tree.get("training"), "training.", "dev_sentences", 0);
    SamplingOptions sampling = sampling(tree.get("sampling"));
    return new RunConfig(data, preprocessing, model, training, sampling, devSentences, tree);
  }

  /** The {@code model} section (shared by every model kind; sizes not cross-checked). */
  public static ModelOptions model(JsonNode m) {
    return new ModelOptions(atLeast(m, "model.", "embedding_size", 1), atLeast(m, "model.", "encoder_size", 1),
        atLeast(m, "model.", "encoder_layers", 1), atLeast(m, "model.", "decoder_size", 1),
        atLeast(m, "model.", "decoder_layers", 1), AttentionType.parse(text(m, "model.", "attention")),
        bool(m, "model.", "input_feeding"), bool(m, "model.", "tie_embeddings"), (float) number(m, "model.", "dropout"));
  }

  /** The {@code training} section. */
  public static TrainingOptions training(JsonNode t) {
    return new TrainingOptions(
        choice(OptimizerKind.class, t, "training.", "optimizer"), (float) number(t, "training.", "learning_rate"),
        (float) number(t, "training.", "beta1"), (float) number(t, "training.", "beta2"),
        integer(t, "training.", "warmup_steps"), (float) number(t, "training.", "decay_factor"),
        integer(t, "training.", "decay_patience"), (float) number(t, "training.", "min_learning_rate"),
        (float) number(t, "training.", "clip_norm"), (float) number(t, "training.", "label_smoothing"),
        integer(t, "training.", "max_epochs"), (long) number(t, "training.", "max_steps"),
        duration(text(t, "training.", "max_time"), "training.max_time"),
        choice(StopMetric.class, t, "training.", "stop_metric"), integer(t, "training.", "patience"),
        integer(t, "training.", "checkpoint_every"), integer(t, "training.", "eval_every"),
        integer(t, "training.", "keep_last"),
        (long) number(t, "training.", "seed"), integer(t, "training.", "max_decode_length"),
        (float) number(t, "training.", "attention_penalty"));
  }

  /** The {@code sampling} section (scheduled sampling). */
  public static SamplingOptions sampling(JsonNode s) {
    return new SamplingOptions(schedule(s), choice(ScheduleUnit.class, s, "sampling.", "unit"),
        choice(SamplingScope.class, s, "sampling.", "scope"), TokenSampler.parse(text(s, "sampling.", "sample")));
  }

  private static PreprocessingOptions preprocessing(JsonNode p, boolean lowercase) {
    Preprocessing.Side source = side(p.get("source"), "preprocessing.source.", lowercase);
    Preprocessing.Side target = side(p.get("target"), "preprocessing.target.", lowercase);
    JsonNode b = p.get("bpe");
    String prefix = "preprocessing.bpe.";
    int merges = atLeast(b, prefix, "merges", 0);
    List<String> glossaries = new ArrayList<>();
    for (JsonNode g : b.get("glossaries")) {
      if (!g.isValueNode() || g.isNull()) {
        throw new IllegalArgumentException(prefix + "glossaries must be a list of words or regular "
            + "expressions, got " + g);
      }
      try {
        Pattern.compile(g.asText());
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalArgumentException(prefix + "glossaries: invalid regular expression '"
            + g.asText() + "': " + e.getDescription());
      }
      glossaries.add(g.asText());
    }
    PreprocessingOptions.Bpe bpe = merges == 0 ? null : new PreprocessingOptions.Bpe(merges,
        bool(b, prefix, "joint"), atLeast(b, prefix, "min_frequency", 1),
        atLeast(b, prefix, "vocabulary_threshold", 0), List.copyOf(glossaries));
    double dropout = number(p, "preprocessing.", "bpe_dropout");
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("preprocessing.bpe_dropout must be in [0, 1), got " + dropout);
    }
    if (dropout > 0 && bpe == null) {
      throw new IllegalArgumentException("preprocessing.bpe_dropout needs BPE: set preprocessing.bpe.merges");
    }
    return new PreprocessingOptions(source, target, bpe, dropout);
  }

  private static Preprocessing.Side side(JsonNode s, String prefix, boolean lowercase) {
    JsonNode lc = s.get("lowercase");
    boolean lower = lc == null || lc.isNull() ? lowercase : bool(s, prefix, "lowercase");
    String tokenizer = text(s, prefix, "tokenizer");
    Preprocessing.Side side;
    try {
      side = new Preprocessing.Side(tokenizer, text(s, prefix, "language"), lower);
      side.create(); // checks the language and lowercasing the scheme supports
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(prefix + "tokenizer: " + e.getMessage(), e);
    }
    return side;
  }

  private static SamplingSchedule schedule(JsonNode s) {
    String name = text(s, "sampling.", "schedule");
    double k = number(s, "sampling.", "k");
    try {
      return switch (name) {
        case "constant" -> new ConstantSchedule(number(s, "sampling.", "eps"));
        case "linear" -> new LinearSchedule(k, number(s, "sampling.", "c"), number(s, "sampling.", "eps_min"));
        case "exponential" -> new ExponentialSchedule(k);
        case "inverse_sigmoid" -> new InverseSigmoidSchedule(k);
        default -> throw new IllegalArgumentException("unknown schedule '" + name
            + "'; valid choices: constant, linear, exponential, inverse_sigmoid");
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sampling: " + e.getMessage(), e);
    }
  }

  /** Parses "90s", "20m", "1.5h", "2d" or "0" (seconds when no unit). */
  public static Duration duration(String value, String key) {
    Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(key + " must look like 90s, 20m, 1.5h or 0, got '" + value + "'");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double seconds = amount * switch (unit) {
      case "m" -> 60;
      case "h" -> 3600;
      case "d" -> 86400;
      default -> 1;
    };
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  private static void merge(ObjectNode into, ObjectNode from, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String key = prefix + e.getKey();
      JsonNode current = into.get(e.getKey());
      if (current == null) {
        throw unknown(key, into);
      }
      if (current.isArray()) {
        if (!e.getValue().isArray()) {
          throw new IllegalArgumentException(key + " must be a list");
        }
        into.set(e.getKey(), e.getValue());
      } else if (current.isObject()) {
        if (!e.getValue().isObject()) {
          throw new IllegalArgumentException(key + " must be a section (a mapping)");
        }
        merge((ObjectNode) current, (ObjectNode) e.getValue(), key + ".");
      } else {
        if (e.getValue().isContainerNode()) {
          throw new IllegalArgumentException(key + " must be a single value, not a " + (e.getValue().isArray()
              ? "list" : "section"));
        }
        into.set(e.getKey(), e.getValue());
      }
    }
  }

  private static void set(ObjectNode tree, String assignment) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--set needs key=value, got '" + assignment + "'");
    }
    String[] path = assignment.substring(0, eq).strip().split("\\.");
    String raw = assignment.substring(eq + 1);
    ObjectNode node = tree;
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < path.length; i++) {
      key.append(i == 0 ? "" : ".").append(path[i]);
      JsonNode child = node.get(path[i]);
      if (child == null) {
        throw unknown(key.toString(), node);
      }
      if (i < path.length - 1) {
        if (!child.isObject()) {
          throw new IllegalArgumentException("--set " + key + " is a value, not a section");
        }
        node = (ObjectNode) child;
      } else {
        if (child.isObject()) {
          throw new IllegalArgumentException("--set " + key + " is a section; set one of its keys");
        }
        try {
          JsonNode value = YAML.readTree(raw.isEmpty() ? "null" : raw);
          value = value == null || value.isMissingNode() ? tree.nullNode() : value;
          if (child.isArray() != value.isArray()) {
            throw new IllegalArgumentException("--set " + key + (child.isArray() ? " must be a list, e.g. [a, b]"
                : " must be a single value, not a list"));
          }
          node.set(path[i], value);
        } catch (IOException e) {
          throw new IllegalArgumentException("--set " + key + ": cannot parse value '" + raw + "'");
        }
      }
    }
  }

  private static IllegalArgumentException unknown(String key, JsonNode section) {
    List<String> valid = new ArrayList<>();
    section.fieldNames().forEachRemaining(valid::add);
    return new IllegalArgumentException("unknown config key '" + key + "'; valid keys here: "
        + String.join(", ", valid));
  }

  private static JsonNode required(JsonNode section, String prefix, String key) {
    JsonNode v = section.get(key);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(prefix + key + " is required");
    }
    return v;
  }

  private static Path path(JsonNode section, String prefix, String key, Path dir) {
    Path p = dir.resolve(required(section, prefix, key).asText());
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException(prefix + key + ": file not found: " + p);
    }
    return p;
  }

  private static String text(JsonNode section, String prefix, String key) {
    return required(section, prefix, key).asText();
  }

  private static double number(JsonNode section, String prefix, String key) {
    JsonNode v = required(section, prefix, key);
    if (!v.isNumber()) {
      throw new IllegalArgumentException(prefix + key + " must be a number, got '" + v.asText() + "'");
    }
    return v.asDouble();
  }

  private static int integer(JsonNode section, String prefix, String key) {
    JsonNode v = required(section, prefix, key);
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new IllegalArgumentException(prefix + key + " must be a whole number, got '" + v.asText() + "'");
    }
    return v.asInt();
  }

  private static int atLeast(JsonNode section, String prefix, String key, int min) {
    int v = integer(section, prefix, key);
    if (v < min) {
      throw new IllegalArgumentException(prefix + key + " must be >= " + min + ", got " + v);
    }
    return v;
  }

  private static boolean bool(JsonNode section, String prefix, String key) {
    JsonNode v = required(section, prefix, key);
    if (!v.isBoolean()) {
      throw new IllegalArgumentException(prefix + key + " must be true or false, got '" + v.asText() + "'");
    }
    return v.asBoolean();
  }

  private static <E extends Enum<E>> E choice(Class<E> type, JsonNode section, String prefix, String key) {
    String v = text(section, prefix, key);
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    List<String> valid = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      valid.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException(prefix + key + ": unknown value '" + v + "'; valid choices: "
        + String.join(", ", valid));
  }
}
