/**
 * Byte-pair-encoding subwords that reproduce subword-nmt (Sennrich et al., 2016) byte for byte:
 * {@link org.s2s4j.tokenization.bpe.BpeLearner} writes the same codes file as {@code learn-bpe},
 * {@link org.s2s4j.tokenization.bpe.BpeApplier} the same segmentation as {@code apply-bpe}.
 * learn-bpe's {@code --total-symbols}, apply-bpe's {@code --merges}
 * ({@link org.s2s4j.tokenization.bpe.BpeCodes#first}) and its BPE-dropout are there too; dropout
 * draws from the caller's generator, in the order apply-bpe draws.
 *
 * <p>To match, strings are handled as Python handles them: code points (not UTF-16 units), ties
 * broken by code point order, words split at single spaces only, {@code "\r\n "} stripped.
 */
package org.s2s4j.tokenization.bpe;
