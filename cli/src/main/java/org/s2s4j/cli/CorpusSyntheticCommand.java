package org.s2s4j.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.s2s4j.corpora.io.AtomicOutput;
import org.s2s4j.corpora.synthetic.SyntheticTranslationTask;
import org.s2s4j.corpora.synthetic.SyntheticTranslationTask.Pair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code s2s corpus synthetic}: writes the train/dev/test splits of the built-in synthetic
 * translation task ({@link SyntheticTranslationTask}).
 */
@Command(
    name = "synthetic",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Writes the built-in synthetic translation task: a rule-based toy English-to-German",
        "pair with reordering (verb last, prepositional phrase before the object, adjectives",
        "after the noun) and agreement (articles by gender, number and case; adjective",
        "endings; verb number). The same seed gives the same files on every machine. Dev and",
        "test sentences never occur in train, nor in each other.",
        "",
        "Writes DEST/{train,dev,test}.{src,tgt}: one tokenized sentence per line, line-aligned.",
        "Every pair is drawn before anything is written, and each file is replaced atomically."},
    footer = {"", "Examples:",
        "  s2s corpus synthetic --dest data/synthetic",
        "  s2s corpus synthetic --dest data/synthetic --seed 7 --train 50000 --format json"})
final class CorpusSyntheticCommand implements Callable<Integer> {

  /** The split names, in the order they are drawn (test first, so it is never in train). */
  static final List<String> SPLITS = List.of("test", "dev", "train");

  @Spec CommandSpec spec;

  @Option(names = "--dest", required = true, paramLabel = "DIR",
      description = "Directory to write the six files to (created if missing).")
  Path dest;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the sentence draws (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--train", paramLabel = "N", defaultValue = "20000",
      description = "Training pairs (default: ${DEFAULT-VALUE}).")
  int train;

  @Option(names = "--dev", paramLabel = "N", defaultValue = "500",
      description = "Dev pairs (default: ${DEFAULT-VALUE}).")
  int dev;

  @Option(names = "--test", paramLabel = "N", defaultValue = "500",
      description = "Test pairs (default: ${DEFAULT-VALUE}).")
  int test;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    if (train < 1 || dev < 1 || test < 1) {
      throw new ParameterException(spec.commandLine(),
          "--train, --dev and --test must be >= 1, got " + train + ", " + dev + ", " + test);
    }
    Map<String, Integer> written = write(dest, seed, Map.of("train", train, "dev", dev, "test", test));
    if (format.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("dest", dest.toString());
      json.put("seed", seed);
      json.put("pairs", written);
      CorpusCommand.printJson(spec, json);
    } else {
      var out = spec.commandLine().getOut();
      out.printf("synthetic task, seed %d: %d train, %d dev, %d test pairs in %s%n", seed,
          written.get("train"), written.get("dev"), written.get("test"), dest);
      out.flush();
    }
    return 0;
  }

  /**
   * Writes {@code dir/SPLIT.src} and {@code dir/SPLIT.tgt} for each split with the given number of
   * pairs; split {@code i} of {@link #SPLITS} is drawn with seed {@code seed + i}. Returns the
   * pairs per split (train, dev, test order).
   */
  static Map<String, Integer> write(Path dir, long seed, Map<String, Integer> sizes)
      throws IOException {
    SyntheticTranslationTask task = SyntheticTranslationTask.create();
    Set<String> seen = new HashSet<>();
    Map<String, List<Pair>> splits = new LinkedHashMap<>();
    for (int i = 0; i < SPLITS.size(); i++) {
      String split = SPLITS.get(i);
      try {
        splits.put(split, task.generate(seed + i, sizes.get(split), seen));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(split + ": " + e.getMessage(), e);
      }
    }
    Files.createDirectories(dir);
    List<AtomicOutput> outputs = new ArrayList<>();
    try {
      for (String split : SPLITS) {
        AtomicOutput src = AtomicOutput.create(dir.resolve(split + ".src"));
        outputs.add(src);
        AtomicOutput tgt = AtomicOutput.create(dir.resolve(split + ".tgt"));
        outputs.add(tgt);
        Writer s = src.writer();
        Writer t = tgt.writer();
        for (Pair p : splits.get(split)) {
          s.write(p.source());
          s.write('\n');
          t.write(p.target());
          t.write('\n');
        }
      }
      for (AtomicOutput out : outputs) {
        out.commit();
      }
    } finally {
      for (AtomicOutput out : outputs) {
        out.close();
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String split : List.of("train", "dev", "test")) {
      counts.put(split, splits.get(split).size());
    }
    return counts;
  }
}
