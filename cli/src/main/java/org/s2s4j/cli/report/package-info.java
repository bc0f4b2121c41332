/**
 * Run reports: {@link org.s2s4j.cli.report.RunReport} reads a run directory (configuration,
 * training log, metadata, decoding results) and writes {@code report.html} with its PNG plots.
 */
package org.s2s4j.cli.report;
