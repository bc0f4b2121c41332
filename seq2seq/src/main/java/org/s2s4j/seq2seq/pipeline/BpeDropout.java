package org.s2s4j.seq2seq.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.s2s4j.seq2seq.Preprocessing;
import org.s2s4j.tokenization.bpe.BpeApplier;
import org.s2s4j.tokenization.bpe.BpeCodes;
import org.s2s4j.tokenization.bpe.BpeMerge;

/**
 * BPE-dropout (Provilkov et al., 2020) on the training side: segments the tokenized training lines
 * (the prepared data before BPE) afresh in every epoch, on both sides, with the run's codes. The
 * draws of line {@code i} in epoch {@code e} come from {@link BpeApplier#dropoutRandom} of
 * {@code (seed, e, i)}, with a different seed per side, so an epoch is the same whatever order or
 * number of times it is read, and a resumed run replays it. Dev and test data are never dropped
 * out.
 *
 * <p>{@link #sourceUnits()} and {@link #targetUnits()} list every subword dropout can emit, so
 * that the vocabularies cover them.
 */
public final class BpeDropout {

  private final double probability;
  private final Side source;
  private final Side target;

  private record Side(Path tokens, BpeApplier bpe, Path codes, long seed, boolean glossaries) {}

  /**
   * Dropout {@code probability} on the training data of {@code prepared}, seeded by
   * {@code seed} (the run's {@code training.seed}).
   *
   * @throws IllegalArgumentException if the probability is not in (0, 1) or the data has no BPE
   */
  public BpeDropout(PreparedData prepared, double probability, long seed) {
    BpeApplier.checkDropout(probability);
    if (probability == 0) {
      throw new IllegalArgumentException("BPE-dropout needs a probability above 0");
    }
    Preprocessing.Subwords bpe = prepared.pipeline().preprocessing().bpe();
    if (bpe == null || prepared.trainTokensSource() == null || prepared.trainTokensTarget() == null) {
      throw new IllegalArgumentException("BPE-dropout needs BPE: set preprocessing.bpe.merges");
    }
    this.probability = probability;
    // 2s and 2s + 1: distinct for the two sides of every seed (and mixed before use)
    this.source = new Side(prepared.trainTokensSource(), prepared.pipeline().sourceBpe(),
        bpe.sourceCodes(), 2 * seed, !bpe.glossaries().isEmpty());
    this.target = new Side(prepared.trainTokensTarget(), prepared.pipeline().targetBpe(),
        bpe.targetCodes(), 2 * seed + 1, !bpe.glossaries().isEmpty());
  }

  /** The tokenized training source (before BPE) that {@link #source} segments. */
  public Path sourceTokens() {
    return source.tokens;
  }

  /** The tokenized training target (before BPE) that {@link #target} segments. */
  public Path targetTokens() {
    return target.tokens;
  }

  /** The subwords of line {@code index} of {@link #sourceTokens()} in {@code epoch}. */
  public List<String> source(String tokens, int epoch, long index) {
    return segment(source, tokens, epoch, index);
  }

  /** The subwords of line {@code index} of {@link #targetTokens()} in {@code epoch}. */
  public List<String> target(String tokens, int epoch, long index) {
    return segment(target, tokens, epoch, index);
  }

  private List<String> segment(Side side, String tokens, int epoch, long index) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    // the prepared token files hold one space between tokens, as the deterministic BPE reads them
    return side.bpe.apply(List.of(tokens.split(" ")), probability,
        BpeApplier.dropoutRandom(side.seed, epoch, index));
  }

  /** Every subword dropout can emit on the source side (reads {@link #sourceTokens()}). */
  public Set<String> sourceUnits() throws IOException {
    return units(source);
  }

  /** Every subword dropout can emit on the target side (reads {@link #targetTokens()}). */
  public Set<String> targetUnits() throws IOException {
    return units(target);
  }

  private static Set<String> units(Side side) throws IOException {
    Set<Integer> alphabet = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(side.tokens, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        line.codePoints().filter(c -> c != ' ').forEach(alphabet::add);
      }
    }
    return units(BpeCodes.load(side.codes), alphabet, side.bpe.separator(),
        side.glossaries);
  }

  /**
   * The subwords BPE-dropout can emit from words over {@code alphabet}: each character in its
   * non-final form ({@code c@@}) and its final form ({@code c}), and the result of every merge,
   * final without its {@code </w>} if it ends with one, non-final with the separator otherwise.
   * Dropout only leaves merges out, and apply-bpe's vocabulary filter only undoes merges, so
   * every subword is a character or a merge result, non-final exactly when it has no
   * {@code </w>}. With glossaries a word is segmented in parts, and a part's final subword is
   * not the word's last, so final subwords are listed with the separator too. (Glossary matches
   * are kept whole, as the deterministic segmentation keeps them.)
   */
  static Set<String> units(BpeCodes codes, Set<Integer> alphabet, String separator,
      boolean glossaries) {
    Set<String> finals = new TreeSet<>();
    Set<String> units = new TreeSet<>();
    for (int c : alphabet) {
      String s = Character.toString(c);
      finals.add(s);
      units.add(s + separator);
    }
    for (BpeMerge m : codes.merges()) {
      String joined = m.joined();
      if (joined.endsWith(BpeCodes.END_OF_WORD)) {
        finals.add(joined.substring(0, joined.length() - BpeCodes.END_OF_WORD.length()));
      } else {
        units.add(joined + separator);
      }
    }
    finals.remove("");
    units.addAll(finals);
    if (glossaries) {
      finals.forEach(f -> units.add(f + separator));
    }
    return units;
  }
}
