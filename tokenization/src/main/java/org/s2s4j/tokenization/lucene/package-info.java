/** Tokenizers built from Apache Lucene analyzer chains (lucene-analysis-common and ICU). */
package org.s2s4j.tokenization.lucene;
