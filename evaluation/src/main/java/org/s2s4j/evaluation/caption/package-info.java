/**
 * COCO captioning metrics exactly as the COCO caption evaluation code (pycocoevalcap) computes
 * them: its PTB tokenization ({@link org.s2s4j.evaluation.caption.Ptb341CaptionTokenizer}), then
 * BLEU-1..4, ROUGE-L and CIDEr-D, each as a corpus score and per image. METEOR
 * ({@link org.s2s4j.evaluation.caption.MeteorCaptionMetric}) equals METEOR 1.5 for the modules
 * it runs (helpers in {@code org.s2s4j.evaluation.caption.meteor}). SPICE
 * ({@link org.s2s4j.evaluation.caption.SpiceCaptionMetric}) is an approximation of SPICE 1.0
 * (exact-lemma tuple matching, CoreNLP 4.5.10's scene graph parser) that needs the CoreNLP models
 * jar (Maven profile {@code spice}).
 *
 * <p>Entry point: {@link org.s2s4j.evaluation.caption.CocoCaptionEvaluator}. Metrics implement
 * {@link org.s2s4j.evaluation.caption.CaptionMetric} and work on already tokenized captions
 * ({@link org.s2s4j.evaluation.caption.CaptionItem}); each first collects per-image statistics and
 * then reduces them.
 */
package org.s2s4j.evaluation.caption;
