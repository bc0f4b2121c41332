/**
 * The {@code s2s} command line: one small picocli class per subcommand, each only wiring library
 * calls together. Output that scripts read is available with {@code --format json}.
 */
package org.s2s4j.cli;
