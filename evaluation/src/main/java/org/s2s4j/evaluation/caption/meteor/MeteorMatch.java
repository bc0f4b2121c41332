package org.s2s4j.evaluation.caption.meteor;

/**
 * One candidate match: the {@code hypLength} hypothesis words from {@code hyp} with the
 * {@code refLength} reference words from {@code ref}, found by {@code module} at {@code stage}
 * (its position in the module list). Exact, stem and synonym matches are one word on each side;
 * paraphrase matches are phrases.
 *
 * @param module the module that found it
 * @param stage the module's position in the module list
 * @param ref the first reference word's index
 * @param refLength how many reference words it covers (at least 1)
 * @param hyp the first hypothesis word's index
 * @param hypLength how many hypothesis words it covers (at least 1)
 */
public record MeteorMatch(MeteorModule module, int stage, int ref, int refLength, int hyp,
    int hypLength) {

  /** A one-word match. */
  public MeteorMatch(MeteorModule module, int stage, int ref, int hyp) {
    this(module, stage, ref, 1, hyp, 1);
  }

  /** The reference index just past the match. */
  public int refEnd() {
    return ref + refLength;
  }

  /** The hypothesis index just past the match. */
  public int hypEnd() {
    return hyp + hypLength;
  }
}
