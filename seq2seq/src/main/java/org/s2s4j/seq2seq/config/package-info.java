/**
 * Training configuration: the bundled {@code defaults.yaml} (every key and default), strict YAML
 * loading with dotted {@code key=value} overrides, and the typed, validated sections.
 */
package org.s2s4j.seq2seq.config;
