package org.s2s4j.seq2seq.train;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import org.s2s4j.seq2seq.Seq2SeqModel;

/**
 * CIDEr-D of a captioning model's decoded dev captions, computed at every evaluation of a
 * {@link TrainingRun} (recorded as {@code dev_cider}; {@code training.stop_metric: cider} picks the
 * best checkpoint, decays and stops on it).
 */
@FunctionalInterface
public interface DevCider {

  /** Decodes the dev images with {@code model} (parameters in {@code manager}) and scores the captions. */
  double score(Seq2SeqModel model, NDManager manager) throws IOException;
}
