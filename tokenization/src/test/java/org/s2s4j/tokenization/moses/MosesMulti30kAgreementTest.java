package org.s2s4j.tokenization.moses;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.s2s4j.tokenization.SharedData;
import org.s2s4j.tokenization.Tokenizer;
import org.s2s4j.tokenization.Tokenizers;

/**
 * {@code moses --lowercase} on Multi30k's raw files against the tokenized files Multi30k ships
 * (made by lowercase.perl | normalize-punctuation.perl | tokenizer.perl). Writes the per-file
 * table to {@code target/moses-agreement.md}.
 */
class MosesMulti30kAgreementTest {

  private static final String[] SPLITS =
      {"train", "val", "test_2016_flickr", "test_2017_flickr", "test_2017_mscoco"};
  private static final String[] LANGS = {"en", "de", "fr"};

  @Test
  void everyFileAgreesOnAtLeast99point5PercentOfLines() throws IOException {
    Path task1 = SharedData.require("data/multi30k/task1");
    StringBuilder table = new StringBuilder("| file | lines | identical | agreement |\n|---|---|---|---|\n");
    StringBuilder diffs = new StringBuilder();
    List<String> failures = new ArrayList<>();
    for (String split : SPLITS) {
      for (String lang : LANGS) {
        Tokenizer tok = Tokenizers.create("moses", lang, true);
        List<String> raw = gunzip(task1.resolve("raw/" + split + "." + lang + ".gz"));
        List<String> ref = Files.readAllLines(
            task1.resolve("tok/" + split + ".lc.norm.tok." + lang), StandardCharsets.UTF_8);
        int same = 0;
        for (int i = 0; i < raw.size(); i++) {
          String ours = String.join(" ", tok.tokenize(raw.get(i)));
          if (i < ref.size() && ours.equals(ref.get(i))) {
            same++;
          } else {
            diffs.append(split).append('.').append(lang).append(':').append(i + 1).append('\n')
                .append("  raw:  ").append(raw.get(i)).append('\n')
                .append("  ref:  ").append(i < ref.size() ? ref.get(i) : "<missing>").append('\n')
                .append("  ours: ").append(ours).append('\n');
          }
        }
        double rate = 100.0 * same / raw.size();
        table.append(String.format("| %s.%s | %d | %d | %.3f%% |%n", split, lang, raw.size(), same, rate));
        if (rate < 99.5 || raw.size() != ref.size()) {
          failures.add(split + "." + lang + String.format(" %.2f%%", rate));
        }
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/moses-agreement.md"), table.toString());
    Files.writeString(Path.of("target/moses-disagreements.txt"), diffs.toString());
    assertTrue(failures.isEmpty(), "below 99.5%: " + failures + "\n" + table);
  }

  private static List<String> gunzip(Path file) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }
}
