package org.s2s4j.evaluation.caption.meteor;

/**
 * A METEOR matching module, in the order the reference runs them for English. The ordinal is the
 * module's slot in {@link MeteorStats}.
 *
 * <p>Each module has two weights in the reference: the one used in the score ({@link #weight},
 * task "rank", English: 1.0, 0.6, 0.8, 0.6) and the one the aligner uses to choose among
 * alignments ({@link #alignmentWeight}: 1.0 for exact, 0.5 for the others).
 */
public enum MeteorModule {
  /** Identical words. */
  EXACT("exact", 1.0, 1.0),
  /** Different words with the same Snowball English stem. */
  STEM("stem", 0.6, 0.5),
  /** Different words that share a synset. */
  SYNONYM("synonym", 0.8, 0.5),
  /** Phrase paraphrases; no table is available, so this module never matches here. */
  PARAPHRASE("paraphrase", 0.6, 0.5);

  private final String label;
  private final double weight;
  private final double alignmentWeight;

  MeteorModule(String label, double weight, double alignmentWeight) {
    this.label = label;
    this.weight = weight;
    this.alignmentWeight = alignmentWeight;
  }

  /** The module's name as the reference's {@code -m} option spells it. */
  public String label() {
    return label;
  }

  /** The weight of this module's matches in the score. */
  public double weight() {
    return weight;
  }

  /** The weight of this module's matches when the aligner compares candidate alignments. */
  public double alignmentWeight() {
    return alignmentWeight;
  }
}
