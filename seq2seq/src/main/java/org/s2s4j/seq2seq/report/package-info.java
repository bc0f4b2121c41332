/** Run reports: PNG charts (training curves, attention heatmaps) and a self-contained HTML page. */
package org.s2s4j.seq2seq.report;
