/**
 * CNN feature extraction for captioning: a TorchScript CNN on DJL's PyTorch engine
 * ({@link org.s2s4j.captioning.features.CnnFeatureExtractor}) run in batches over images
 * ({@link org.s2s4j.captioning.features.FeatureExtraction}), written in self-critical.pytorch's
 * {@code att}/{@code fc} layout.
 */
package org.s2s4j.captioning.features;
