/**
 * Batch corpus decoding: translate a text file of any size line by line with bounded memory,
 * sorting by length inside a window for speed, writing output in input order, and resuming after
 * a crash from a progress journal kept beside the output. Works against any
 * {@link org.s2s4j.decoding.corpus.SentenceTranslator}.
 */
package org.s2s4j.decoding.corpus;
