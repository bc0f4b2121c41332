/**
 * Training batches: {@link org.s2s4j.corpora.batch.Example}s streamed from an
 * {@link org.s2s4j.corpora.batch.ExampleSource}, bucketed by length and cut into padded
 * {@link org.s2s4j.corpora.batch.Batch}es by a {@link org.s2s4j.corpora.batch.Batcher}, with seeded
 * shuffling that can be resumed from a saved {@link org.s2s4j.corpora.batch.BatchPosition}.
 */
package org.s2s4j.corpora.batch;
