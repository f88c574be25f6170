/**
 * The command line: one class per command (picocli), each given the {@link dev.lede.cli.CommandContext} it runs with
 * through its constructor; shared options as mixins, exit codes, and the handler that turns exceptions into one
 * clear line on stderr.
 */
package dev.lede.cli;
