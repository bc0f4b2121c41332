package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.s2s4j.evaluation.caption.meteor.FunctionWords;
import org.s2s4j.evaluation.caption.meteor.MeteorMatcher;
import org.s2s4j.evaluation.caption.meteor.MeteorModule;
import org.s2s4j.evaluation.caption.meteor.MeteorStats;
import org.s2s4j.evaluation.caption.meteor.SynonymDictionary;

/**
 * Every number of {@code coco/meteor_expected.json} (METEOR 1.5 on the tokenized captions of
 * 1,014 images): corpus score, summed statistics, and each image's score and 23 statistics, on
 * every configuration of the file.
 *
 * <p>The synonym configurations need Princeton's WordNet 3.0 database (what
 * {@code .ci/fetch-wordnet} installs, where the build's {@code s2s4j.meteor.synonyms} property
 * points) or METEOR 1.5's own {@code english.synsets} and {@code english.exceptions}
 * ({@code -Ds2s4j.meteor.synonyms=DIR}). Without them those cases are skipped, saying so.
 * Debian's {@code wordnet-base} does not do: its verb and adjective files were edited, which
 * moved their synset offsets, and one image's synonym match changes.
 */
class MeteorFixtureParityTest {

  private static final double TOLERANCE = 1e-9;
  private static final String SYNONYMS_PROPERTY = "s2s4j.meteor.synonyms";

  private static Optional<SynonymDictionary> synonyms(List<MeteorModule> modules)
      throws IOException {
    if (!modules.contains(MeteorModule.SYNONYM)) {
      return Optional.empty();
    }
    String dir = System.getProperty(SYNONYMS_PROPERTY, "");
    assumeTrue(Files.isRegularFile(Path.of(dir, "english.synsets"))
            || Files.isRegularFile(Path.of(dir, "index.noun")),
        "WordNet 3.0 not found in '" + dir + "' (run .ci/fetch-wordnet, or set -D"
            + SYNONYMS_PROPERTY + "=DIR to METEOR's synonym files); skipping the synonym "
            + "configurations");
    return Optional.of(SynonymDictionary.read(Path.of(dir)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "norm__exact_stem_synonym, caption1", "norm__exact_stem_synonym, shuffled",
      "norm__exact_stem, caption1", "norm__exact_stem, shuffled",
      "norm__exact, caption1", "norm__exact, shuffled",
      "nonorm__exact_stem_synonym, caption1", "nonorm__exact_stem_synonym, shuffled",
      "nonorm__exact_stem, caption1", "nonorm__exact_stem, shuffled"})
  void everyImageAndTheCorpusMatchMeteor15(String config, String set) throws IOException {
    JsonNode configuration = CocoFixtures.json("meteor_expected.json").get("configs").get(config);
    List<String> options = new ArrayList<>();
    configuration.get("options").forEach(o -> options.add(o.textValue()));
    boolean norm = options.contains("-norm");
    List<MeteorModule> modules =
        MeteorModule.parseList(options.get(options.indexOf("-m") + 1));
    MeteorCaptionMetric metric = new MeteorCaptionMetric(
        new MeteorMatcher(modules, synonyms(modules), Optional.empty()), norm,
        FunctionWords.meteorEnglish());

    JsonNode expected = configuration.get("sets").get(set);
    List<CaptionItem> items = CocoFixtures.tokenizedItems(set);
    assertEquals(1014, items.size());
    MeteorStats total = MeteorStats.EMPTY;
    double[] scores = new double[items.size()];
    for (int i = 0; i < items.size(); i++) {
      CaptionItem item = items.get(i);
      MeteorStats stats = metric.stats(item);
      total = total.plus(stats);
      scores[i] = metric.score(stats);
      assertArrayEquals(doubles(expected.get("per_image_stats").get(item.imageId())),
          stats.toArray(), 0, () -> config + " " + set + " image " + item.imageId() + " stats");
      assertEquals(expected.get("per_image").get(item.imageId()).asDouble(), scores[i],
          TOLERANCE, config + " " + set + " image " + item.imageId() + " score");
    }
    assertArrayEquals(doubles(expected.get("aggregate_stats")), total.toArray(), 0,
        config + " " + set + " summed stats");
    assertEquals(expected.get("corpus").asDouble(), metric.score(total), TOLERANCE,
        config + " " + set + " corpus");
    MetricScore score = metric.score(items).get(0);
    assertEquals(expected.get("corpus").asDouble(), score.corpus(), TOLERANCE);
    assertArrayEquals(scores, score.perItem(), 0);
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}
