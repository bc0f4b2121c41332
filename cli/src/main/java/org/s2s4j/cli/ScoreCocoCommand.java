package org.s2s4j.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.s2s4j.corpora.io.AtomicOutput;
import org.s2s4j.evaluation.caption.BleuCaptionMetric;
import org.s2s4j.evaluation.caption.CaptionMetric;
import org.s2s4j.evaluation.caption.CiderDCaptionMetric;
import org.s2s4j.evaluation.caption.CocoCaptionEvaluator;
import org.s2s4j.evaluation.caption.CocoCaptionReport;
import org.s2s4j.evaluation.caption.CocoCaptionSet;
import org.s2s4j.evaluation.caption.MeteorCaptionMetric;
import org.s2s4j.evaluation.caption.MetricScore;
import org.s2s4j.evaluation.caption.Ptb341CaptionTokenizer;
import org.s2s4j.evaluation.caption.RougeLCaptionMetric;
import org.s2s4j.evaluation.caption.meteor.FunctionWords;
import org.s2s4j.evaluation.caption.meteor.MeteorMatcher;
import org.s2s4j.evaluation.caption.meteor.MeteorModule;
import org.s2s4j.evaluation.caption.meteor.ParaphraseTable;
import org.s2s4j.evaluation.caption.meteor.SynonymDictionary;
import org.s2s4j.evaluation.caption.SpiceCaptionMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code s2s score coco}: the COCO caption evaluation (BLEU-1..4, ROUGE-L, CIDEr-D; METEOR and
 * SPICE on request).
 */
@Command(
    name = "coco",
    mixinStandardHelpOptions = true,
    description = {
        "Score image captions as the COCO caption evaluation (pycocoevalcap) does: CoreNLP 3.4.1 "
            + "PTB tokenization, then Bleu_1..Bleu_4, ROUGE_L and CIDEr (CIDEr-D), corpus and "
            + "per image, on the COCO code's scale.",
        "Every image must have exactly one result and at least one reference.",
        "METEOR (opt-in: --metrics METEOR) is METEOR 1.5 with -norm and the modules of "
            + "--meteor-modules; the COCO default (exact stem synonym paraphrase) needs METEOR's "
            + "synonym files (--synonyms) and paraphrase table (--paraphrases). Without them it "
            + "runs exact and stem; its modules are printed as METEOR_signature.",
        "SPICE is opt-in (--metrics ...,SPICE) and needs a build with -Pspice (CoreNLP models); "
            + "it matches tuples by exact lemma only, without SPICE 1.0's WordNet synonyms."},
    footer = {"", "Examples:",
        "  s2s score coco --refs annotations.json --results results.json",
        "  s2s score coco --refs annotations.json --results results.json \\",
        "      --metrics Bleu,CIDEr --per-item per_image.json --format json",
        "  s2s score coco --refs annotations.json --results results.json \\",
        "      --metrics METEOR --synonyms meteor/synonym --paraphrases paraphrase-en.gz",
        "  s2s score coco --refs annotations.json --results results.json \\",
        "      --metrics METEOR --meteor-modules \"exact stem\" --no-meteor-norm"})
final class ScoreCocoCommand implements Callable<Integer> {

  /** The metrics that can be chosen, under their COCO names. */
  enum Metric { Bleu, ROUGE_L, CIDEr, METEOR, SPICE }

  /** The metrics computed without --metrics: METEOR and SPICE (slow, needs models) are opt-in. */
  static final List<Metric> DEFAULT_METRICS = List.of(Metric.Bleu, Metric.ROUGE_L, Metric.CIDEr);

  @Spec
  CommandSpec spec;

  @Option(names = "--refs", required = true, paramLabel = "ANNOTATIONS.json",
      description = "COCO annotations: {\"annotations\":[{\"image_id\":..,\"caption\":..}]}.")
  Path refs;

  @Option(names = "--results", required = true, paramLabel = "RESULTS.json",
      description = "COCO results: [{\"image_id\":..,\"caption\":..}], one per image.")
  Path results;

  @Option(names = "--metrics", split = ",", paramLabel = "METRIC",
      description = "Metrics to compute: ${COMPLETION-CANDIDATES} (default: Bleu,ROUGE_L,CIDEr; "
          + "METEOR and SPICE only on request).")
  List<Metric> metrics = new ArrayList<>(DEFAULT_METRICS);

  @Option(names = "--synonyms", paramLabel = "FILE|DIR",
      description = "METEOR synonym module: a file with one synset per line (words separated by "
          + "spaces, # comments), a directory with METEOR's english.synsets and "
          + "english.exceptions (METEOR 1.5's resources/synonym, WordNet 3.0), or a WordNet 3.0 "
          + "database directory (Debian's wordnet-base: /usr/share/wordnet), which gives the "
          + "same scores.")
  Path synonyms;

  @Option(names = "--paraphrases", paramLabel = "FILE",
      description = "METEOR paraphrase module: a table in METEOR's format (paraphrase-en.gz: "
          + "entries of 3 lines, probability, phrase, paraphrase; gzip or plain).")
  Path paraphrases;

  @Option(names = "--meteor-modules", paramLabel = "MODULES",
      description = "METEOR's -m: the modules in order, e.g. \"exact stem synonym paraphrase\" "
          + "(the COCO default); the i-th module gets METEOR's i-th default weight (1.0 0.6 0.8 "
          + "0.6). Default: exact stem, plus synonym with --synonyms and paraphrase with "
          + "--paraphrases.")
  String meteorModules;

  @Option(names = "--meteor-norm", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "METEOR's -norm (tokenize, normalize punctuation, lower-case), as the COCO "
          + "code passes it; --no-meteor-norm scores the words as they are (default: on).")
  boolean meteorNorm;

  @Option(names = "--function-words", paramLabel = "FILE",
      description = "METEOR function words, one per line; default: METEOR 1.5's English list "
          + "(function/english.words), shipped with s2s4j.")
  Path functionWords;

  @Option(names = "--per-item", paramLabel = "FILE",
      description = "Also write per-image scores to FILE as a JSON array of "
          + "{\"image_id\", <metric>: score}.")
  Path perItem;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws IOException {
    boolean spice = metrics.contains(Metric.SPICE);
    if (spice && !SpiceCaptionMetric.available()) {
      throw new IllegalStateException("--metrics SPICE: SPICE needs the CoreNLP models jar, "
          + "which this build does not have: rebuild with -Pspice, e.g. "
          + "'mvn -B -ntp -Pspice -DskipTests -pl cli -am package'");
    }
    CocoCaptionSet set = CocoCaptionSet.read(refs, results);
    Optional<MeteorCaptionMetric> meteor = metrics.contains(Metric.METEOR)
        ? Optional.of(meteor()) : Optional.empty();
    CocoCaptionReport report = evaluator(EnumSet.copyOf(metrics), meteor).evaluate(set);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    if (perItem != null) {
      writePerItem(json, report, set.numericIds());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      ObjectNode root = json.createObjectNode();
      report.corpus().forEach(root::put);
      root.put("signature", report.signature());
      meteor.ifPresent(m -> root.put("METEOR_signature", m.signature()));
      if (spice) {
        root.put("SPICE_signature", SpiceCaptionMetric.signature());
      }
      out.println(json.writeValueAsString(root));
    } else {
      for (Map.Entry<String, Double> e : report.corpus().entrySet()) {
        out.printf("%-8s %.6f%n", e.getKey(), e.getValue());
      }
      out.println("signature: " + report.signature());
      meteor.ifPresent(m -> out.println("METEOR_signature: " + m.signature()));
      if (spice) {
        out.println("SPICE_signature: " + SpiceCaptionMetric.signature());
      }
    }
    out.flush();
    return 0;
  }

  private MeteorCaptionMetric meteor() throws IOException {
    List<MeteorModule> modules = meteorModules();
    FunctionWords words = functionWords == null
        ? FunctionWords.meteorEnglish() : FunctionWords.read(functionWords);
    Optional<SynonymDictionary> dictionary = Optional.empty();
    if (synonyms != null && modules.contains(MeteorModule.SYNONYM)) {
      dictionary = Optional.of(SynonymDictionary.read(synonyms));
    }
    Optional<ParaphraseTable> table = paraphrases != null
        && modules.contains(MeteorModule.PARAPHRASE)
        ? Optional.of(ParaphraseTable.read(paraphrases)) : Optional.empty();
    return new MeteorCaptionMetric(new MeteorMatcher(modules, dictionary, table), meteorNorm,
        words);
  }

  /** The modules of --meteor-modules, or those the given resources allow. */
  private List<MeteorModule> meteorModules() {
    if (meteorModules == null) {
      List<MeteorModule> modules = new ArrayList<>(List.of(MeteorModule.EXACT, MeteorModule.STEM));
      if (synonyms != null) {
        modules.add(MeteorModule.SYNONYM);
      }
      if (paraphrases != null) {
        modules.add(MeteorModule.PARAPHRASE);
      }
      return modules;
    }
    List<MeteorModule> modules;
    try {
      modules = MeteorModule.parseList(meteorModules);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--meteor-modules: " + e.getMessage());
    }
    if (modules.contains(MeteorModule.SYNONYM) && synonyms == null) {
      throw new ParameterException(spec.commandLine(),
          "--meteor-modules names synonym: give METEOR's synonym files with --synonyms");
    }
    if (modules.contains(MeteorModule.PARAPHRASE) && paraphrases == null) {
      throw new ParameterException(spec.commandLine(),
          "--meteor-modules names paraphrase: give METEOR's paraphrase table with --paraphrases");
    }
    return modules;
  }

  private static CocoCaptionEvaluator evaluator(Set<Metric> chosen,
      Optional<MeteorCaptionMetric> meteor) {
    List<CaptionMetric> list = new ArrayList<>();
    for (Metric m : chosen) {
      list.add(switch (m) {
        case Bleu -> new BleuCaptionMetric();
        case ROUGE_L -> new RougeLCaptionMetric();
        case CIDEr -> new CiderDCaptionMetric();
        case METEOR -> meteor.orElseThrow();
        case SPICE -> new SpiceCaptionMetric();
      });
    }
    return new CocoCaptionEvaluator(Ptb341CaptionTokenizer.create(), list);
  }

  private void writePerItem(ObjectMapper json, CocoCaptionReport report, boolean numericIds)
      throws IOException {
    ArrayNode array = json.createArrayNode();
    List<String> ids = report.imageIds();
    for (int i = 0; i < ids.size(); i++) {
      ObjectNode item = array.addObject();
      if (numericIds) {
        item.put("image_id", new BigInteger(ids.get(i)));
      } else {
        item.put("image_id", ids.get(i));
      }
      for (MetricScore s : report.scores().values()) {
        item.put(s.name(), s.item(i));
      }
    }
    try (AtomicOutput output = AtomicOutput.create(perItem)) {
      JsonGenerator generator = json.getFactory().createGenerator(output.writer());
      generator.useDefaultPrettyPrinter();
      json.writeTree(generator, array);
      generator.flush();
      output.writer().write('\n');
      output.commit();
    }
  }
}
