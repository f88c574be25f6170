/**
 * The command line: one class per command (picocli), shared options, exit codes, and the handler that turns
 * exceptions into one clear line on stderr.
 */
package dev.lede.cli;
