/**
 * Corpus statistics: lines, tokens, types and the distribution of line lengths of one side of a
 * corpus, collected in one streaming pass by {@link org.s2s4j.corpora.stats.StatsCollector}.
 */
package org.s2s4j.corpora.stats;
