/**
 * Preferences: the {@link dev.lede.prefs.Preferences} record with its built-in defaults (equal to the documented
 * {@code config.yml}), where the file is looked up ({@link dev.lede.prefs.ConfigLocation}), reading it safely and
 * validating every value with file, line and column ({@link dev.lede.prefs.PreferencesStore}), and saving one
 * changed value without disturbing the rest of the file: comments, blank lines, key order and untouched values stay
 * byte for byte, because the new value is spliced into the text at the marks SnakeYAML reports for the old one.
 * {@link dev.lede.prefs.Setting} describes each preference for a preferences screen. Nothing here imports a
 * terminal or command-line library.
 */
package dev.lede.prefs;
