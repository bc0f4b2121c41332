package org.s2s4j.seq2seq;

import java.nio.file.Path;

/**
 * How text was turned into tokens at training time; translation must do the same.
 *
 * @param tokenizer tokenizer scheme: "whitespace" (the data files are already tokenized)
 * @param lowercase lines were lowercased before tokenizing
 * @param bpeCodes BPE codes file inside the model directory, or null for word-level models
 * @param maxLength sentences were truncated to this many tokens
 */
public record Preprocessing(String tokenizer, boolean lowercase, Path bpeCodes, int maxLength) {}
