package org.s2s4j.evaluation.caption.meteor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A METEOR matching module. Modules run in the order the user lists them (METEOR's {@code -m});
 * a module's position in that list is its <em>stage</em>, which selects its slot in
 * {@link MeteorStats} and its score weight ({@link MeteorParameters#moduleWeights()}).
 *
 * <p>The weight the aligner uses to choose among alignments depends on the module itself
 * ({@link #alignmentWeight}: 1.0 for exact, 0.5 for the others), as in the reference.
 */
public enum MeteorModule {
  /** Identical words. */
  EXACT("exact", 1.0),
  /** Different words with the same Snowball English stem. */
  STEM("stem", 0.5),
  /** Different words that share a synset ({@link SynonymDictionary}). */
  SYNONYM("synonym", 0.5),
  /** Phrases that a {@link ParaphraseTable} lists as paraphrases. */
  PARAPHRASE("paraphrase", 0.5);

  private final String label;
  private final double alignmentWeight;

  MeteorModule(String label, double alignmentWeight) {
    this.label = label;
    this.alignmentWeight = alignmentWeight;
  }

  /** The module's name as the reference's {@code -m} option spells it. */
  public String label() {
    return label;
  }

  /** The weight of this module's matches when the aligner compares candidate alignments. */
  public double alignmentWeight() {
    return alignmentWeight;
  }

  /**
   * Parses a module list as METEOR's {@code -m} takes it, e.g. {@code "exact stem synonym"}
   * (commas are accepted as separators too).
   *
   * @throws IllegalArgumentException for an unknown or repeated module, or an empty list
   */
  public static List<MeteorModule> parseList(String text) {
    List<MeteorModule> out = new ArrayList<>();
    for (String name : text.trim().split("[\\s,]+")) {
      if (name.isEmpty()) {
        continue;
      }
      MeteorModule module = null;
      for (MeteorModule m : values()) {
        if (m.label.equals(name.toLowerCase(Locale.ROOT))) {
          module = m;
        }
      }
      if (module == null) {
        throw new IllegalArgumentException("unknown METEOR module '" + name
            + "' (expected exact, stem, synonym or paraphrase)");
      }
      if (out.contains(module)) {
        throw new IllegalArgumentException("METEOR module '" + name + "' is listed twice");
      }
      out.add(module);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no METEOR module given");
    }
    return List.copyOf(out);
  }
}
