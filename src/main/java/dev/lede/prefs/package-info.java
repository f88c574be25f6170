/**
 * Preferences: the {@link dev.lede.prefs.Preferences} record with its built-in defaults (equal to the documented
 * {@code config.yml}), where the file is looked up ({@link dev.lede.prefs.ConfigLocation}), reading it safely and
 * validating every value with file, line and column ({@link dev.lede.prefs.PreferencesStore}), and saving one
 * changed value without disturbing the rest of the file: comments, blank lines, key order and untouched values stay
 * byte for byte, because the new value is spliced into the text at the marks SnakeYAML reports for the old one.
 * {@link dev.lede.prefs.Setting} is each preference: its key, a typed codec (read, words, YAML), and the field of
 * the record it reads and sets; the file reader, {@code lede config set} and the preferences screen all parse through
 * it. The key bindings are {@link dev.lede.keys.Bindings}. Nothing here imports a terminal or command-line library,
 * nor the library, export or story-file packages: {@link dev.lede.prefs.ListSort} and
 * {@link dev.lede.prefs.ExportFormat} name their choices.
 */
package dev.lede.prefs;
