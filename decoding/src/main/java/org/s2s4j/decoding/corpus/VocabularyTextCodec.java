package org.s2s4j.decoding.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.s2s4j.tokenization.Detokenizer;
import org.s2s4j.tokenization.Tokenizer;
import org.s2s4j.tokenization.bpe.BpeApplier;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * The usual {@link TextCodec}: a tokenizer, optional BPE subwords, source and target vocabularies,
 * and on the way out subwords joined and, unless turned off, detokenization. Immutable and
 * thread-safe.
 */
public final class VocabularyTextCodec implements TextCodec {

  private final Tokenizer tokenizer;
  private final BpeApplier bpe;
  private final Vocabulary source;
  private final Vocabulary target;
  private final Detokenizer detokenizer;

  /**
   * @param bpe the subword segmentation, or null for none
   * @param detokenizer how target tokens become text, or null to join them with spaces
   */
  public VocabularyTextCodec(Tokenizer tokenizer, BpeApplier bpe, Vocabulary source,
      Vocabulary target, Detokenizer detokenizer) {
    this.tokenizer = tokenizer;
    this.bpe = bpe;
    this.source = source;
    this.target = target;
    this.detokenizer = detokenizer;
  }

  @Override
  public List<String> tokenize(String line) {
    List<String> tokens = tokenizer.tokenize(line);
    return bpe == null ? tokens : bpe.apply(tokens);
  }

  @Override
  public int[] encodeSource(List<String> tokens) {
    return source.encode(tokens);
  }

  @Override
  public List<String> decodeTarget(int[] ids) {
    List<String> tokens = new ArrayList<>(ids.length);
    for (int id : ids) {
      tokens.add(target.token(id));
    }
    return tokens;
  }

  @Override
  public int targetUnkId() {
    return Vocabulary.UNK;
  }

  @Override
  public String detokenize(List<String> tokens) {
    String text = String.join(" ", tokens);
    if (bpe != null) {
      text = BpeApplier.restore(text, bpe.separator());
    }
    if (detokenizer == null || text.isEmpty()) {
      return text;
    }
    return detokenizer.detokenize(Arrays.asList(text.split(" ")));
  }
}
