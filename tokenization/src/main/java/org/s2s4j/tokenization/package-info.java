/**
 * Tokenizers and detokenizers behind one small interface each, chosen by name through
 * {@link org.s2s4j.tokenization.Tokenizers}: {@code whitespace}, {@code char}, {@code moses},
 * {@code ptb} (Stanford CoreNLP) and {@code lucene}. Subwords are in {@code bpe}, vocabularies in
 * {@code vocab}.
 */
package org.s2s4j.tokenization;
