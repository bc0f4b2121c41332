/**
 * Image features in NumPy files: {@code .npy} and {@code .npz} reading and writing
 * ({@link org.s2s4j.corpora.features.NpyArray}, {@link org.s2s4j.corpora.features.Npz}), and
 * {@link org.s2s4j.corpora.features.ImageFeatures}, per-image grids and pooled vectors in the
 * layouts captioning toolkits publish.
 */
package org.s2s4j.corpora.features;
