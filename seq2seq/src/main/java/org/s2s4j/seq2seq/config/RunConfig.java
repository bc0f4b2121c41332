package org.s2s4j.seq2seq.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.s2s4j.seq2seq.train.SamplingOptions;
import org.s2s4j.seq2seq.train.TrainingOptions;

/**
 * A validated training configuration: every section typed, plus the resolved tree (defaults and
 * overrides applied) that is saved in the run directory.
 */
public record RunConfig(DataOptions data, PreprocessingOptions preprocessing, ModelOptions model,
    TrainingOptions training, SamplingOptions sampling, int devSentences, ObjectNode resolved) {}
