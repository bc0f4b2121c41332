/**
 * Ports of the Moses scripts that made Multi30k's tokenized files ({@code lowercase.perl},
 * {@code normalize-punctuation.perl}, {@code tokenizer.perl}) and of its
 * {@code detokenizer.perl}, with the non-breaking prefix lists as resources.
 */
package org.s2s4j.tokenization.moses;
