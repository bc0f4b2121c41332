package org.s2s4j.evaluation.caption;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.scenegraph.RuleBasedParser;
import edu.stanford.nlp.scenegraph.SceneGraph;
import edu.stanford.nlp.scenegraph.SceneGraphAttribute;
import edu.stanford.nlp.scenegraph.SceneGraphNode;
import edu.stanford.nlp.scenegraph.SceneGraphRelation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Parses one tokenized caption into its SPICE tuples with CoreNLP's rule-based scene graph
 * parser ({@code edu.stanford.nlp.scenegraph.RuleBasedParser}): whitespace tokens, one sentence
 * per caption, POS tags, lemmas and a PCFG constituency parse converted to enhanced++
 * dependencies, then the parser's Semgrex rules, plus every noun as an object. Objects with the same (compound) lemma are one
 * object, as in SPICE 1.0's scene graphs.
 *
 * <p>Needs the CoreNLP models jar on the class path ({@link #modelsAvailable()}); the POS tagger
 * and the PCFG parser load once, on construction (about 1.5 s). Thread-safe.
 */
final class SceneGraphTupleParser {

  /** The models the pipeline loads; their presence means the models jar is on the class path. */
  static final List<String> MODELS = List.of(
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger",
      "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");

  /** What to do when the models are missing. */
  static final String MISSING_MODELS = "SPICE needs the CoreNLP " + coreNlpVersion()
      + " models jar (edu.stanford.nlp:stanford-corenlp:models) on the class path: "
      + "build with -Pspice (see the README, 's2s score coco')";

  private final StanfordCoreNLP pipeline;
  private final RuleBasedParser parser = new RuleBasedParser();

  private SceneGraphTupleParser(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Loads the pipeline.
   *
   * @throws IllegalStateException if the CoreNLP models are not on the class path
   */
  static SceneGraphTupleParser create() {
    if (!modelsAvailable()) {
      throw new IllegalStateException(MISSING_MODELS);
    }
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,parse");
    props.setProperty("tokenize.whitespace", "true");
    props.setProperty("ssplit.eolonly", "true");
    return new SceneGraphTupleParser(new StanfordCoreNLP(props));
  }

  /** Whether the CoreNLP models the parser needs are on the class path. */
  static boolean modelsAvailable() {
    ClassLoader loader = SceneGraphTupleParser.class.getClassLoader();
    return MODELS.stream().allMatch(m -> loader.getResource(m) != null);
  }

  /** The CoreNLP version on the class path, e.g. {@code 4.5.10}, or {@code unknown}. */
  static String coreNlpVersion() {
    String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v;
  }

  /** The tuples of {@code caption} (tokens separated by spaces); empty for an empty caption. */
  Set<SemanticTuple> parse(String caption) {
    Annotation annotation = new Annotation(caption.trim());
    pipeline.annotate(annotation);
    Set<SemanticTuple> tuples = new LinkedHashSet<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      SemanticGraph graph = sentence.get(
          SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      SceneGraph scene = parser.parse(graph);
      addNounObjects(scene);
      tuples.addAll(tuples(scene));
    }
    return tuples;
  }

  /**
   * Adds every noun of the (enhanced) dependency graph that is not part of a compound as an
   * object: CoreNLP's rules create objects only as ends of relations or bearers of attributes, so
   * "a dog" alone would have no tuple, while SPICE 1.0 counts every mentioned object.
   */
  static void addNounObjects(SceneGraph scene) {
    SemanticGraph graph = scene.sg;
    for (IndexedWord word : graph.vertexListSorted()) {
      String tag = word.tag();
      if (tag != null && tag.startsWith("NN") && !isCompoundPart(graph, word)) {
        scene.getOrAddNode(word);
      }
    }
  }

  private static boolean isCompoundPart(SemanticGraph graph, IndexedWord word) {
    return graph.incomingEdgeList(word).stream()
        .anyMatch(e -> e.getRelation().getShortName().equals("compound"));
  }

  /** The object, attribute and relation tuples of {@code scene}, objects named by lemma. */
  static Set<SemanticTuple> tuples(SceneGraph scene) {
    Set<SemanticTuple> tuples = new LinkedHashSet<>();
    for (SceneGraphNode node : scene.nodeListSorted()) {
      String object = node.toJSONString();
      tuples.add(SemanticTuple.object(object));
      for (SceneGraphAttribute attribute : node.getAttributes()) {
        tuples.add(SemanticTuple.attribute(object, attribute.toString()));
      }
    }
    for (SceneGraphRelation relation : scene.relationListSorted()) {
      tuples.add(SemanticTuple.relation(relation.getSource().toJSONString(),
          relation.getRelation().trim(), relation.getTarget().toJSONString()));
    }
    return tuples;
  }
}
