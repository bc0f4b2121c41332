package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSyntheticCommandTest {

  @TempDir Path dir;

  @Test
  void writesSixAlignedFilesWithDisjointSplits() throws IOException {
    Path dest = dir.resolve("syn");
    CliRunner.Result r = CliRunner.run("corpus", "synthetic", "--dest", dest.toString(), "--train", "300",
        "--dev", "40", "--test", "50");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("synthetic task, seed 1: 300 train, 40 dev, 50 test pairs in " + dest + "\n",
        r.out());
    Set<String> trainSources = new HashSet<>(Files.readAllLines(dest.resolve("train.src")));
    for (String split : List.of("train", "dev", "test")) {
      List<String> src = Files.readAllLines(dest.resolve(split + ".src"));
      List<String> tgt = Files.readAllLines(dest.resolve(split + ".tgt"));
      assertEquals(src.size(), tgt.size(), split);
      assertEquals(src.size(), new HashSet<>(src).size(), split + " has repeated sentences");
      assertTrue(src.stream().allMatch(s -> s.endsWith(" .")), split);
      if (!split.equals("train")) {
        assertTrue(src.stream().noneMatch(trainSources::contains), split + " overlaps train");
      }
    }
    Set<String> dev = new HashSet<>(Files.readAllLines(dest.resolve("dev.src")));
    assertTrue(Files.readAllLines(dest.resolve("test.src")).stream().noneMatch(dev::contains));
    try (var files = Files.list(dest)) {
      assertEquals(6, files.count(), "no temporary files left behind");
    }
  }

  @Test
  void sameSeedSameFilesOtherSeedOtherFiles() throws IOException {
    for (String seed : List.of("3", "3", "4")) {
      Path dest = dir.resolve("s" + seed + "-" + System.nanoTime());
      assertEquals(0, CliRunner.run("corpus", "synthetic", "--dest", dest.toString(), "--seed",
          seed, "--train", "20", "--dev", "5", "--test", "5").exitCode());
    }
    List<Path> runs;
    try (var list = Files.list(dir)) {
      runs = list.sorted().toList();
    }
    String a = Files.readString(runs.get(0).resolve("train.tgt"));
    String b = Files.readString(runs.get(1).resolve("train.tgt"));
    String c = Files.readString(runs.get(2).resolve("train.tgt"));
    assertEquals(a, b);
    assertFalse(a.equals(c));
  }

  @Test
  void targetFollowsTheTaskRules() throws IOException {
    Path dest = dir.resolve("rules");
    assertEquals(0, CliRunner.run("corpus", "synthetic", "--dest", dest.toString(), "--train",
        "200", "--dev", "1", "--test", "1").exitCode());
    List<String> src = Files.readAllLines(dest.resolve("train.src"));
    List<String> tgt = Files.readAllLines(dest.resolve("train.tgt"));
    for (int i = 0; i < src.size(); i++) {
      String[] s = src.get(i).split(" ");
      String[] t = tgt.get(i).split(" ");
      assertEquals(s.length, t.length, "the task maps word for word: " + src.get(i));
      if (s[0].equals("the") || s[0].equals("a")) {
        assertTrue(Set.of("der", "die", "das", "ein", "eine").contains(t[0]), tgt.get(i));
      }
    }
  }

  @Test
  void jsonReportsCounts() throws IOException {
    Path dest = dir.resolve("j");
    CliRunner.Result r = CliRunner.run("corpus", "synthetic", "--dest", dest.toString(), "--train", "10",
        "--dev", "2", "--test", "3", "--seed", "9", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(9, json.get("seed").asLong());
    assertEquals(10, json.get("pairs").get("train").asInt());
    assertEquals(3, json.get("pairs").get("test").asInt());
  }

  @Test
  void badSizeIsAUsageErrorAndWritesNothing() {
    Path dest = dir.resolve("none");
    CliRunner.Result r = CliRunner.run("corpus", "synthetic", "--dest", dest.toString(), "--dev", "0");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("--train, --dev and --test must be >= 1"), r.err());
    assertFalse(Files.exists(dest));
  }
}
