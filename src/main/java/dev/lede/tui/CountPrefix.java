package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * The number typed before a key, as less and vim take it ({@code 5j}, {@code 10G}, {@code 3 Ctrl-D}): digits
 * without Ctrl or Alt, a 0 only after another digit. It is shown as less shows it ({@code :12}) until a key uses or
 * drops it; digits past the ninth are ignored, so a count never overflows.
 */
final class CountPrefix {

    static final int MAX_DIGITS = 9;

    private final StringBuilder digits = new StringBuilder();

    /** @return true when the key was a digit of the count, and taken */
    boolean type(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()) {
            return false;
        }
        char c = key.getCharacter();
        if (c < '0' || c > '9' || c == '0' && digits.isEmpty()) {
            return false;
        }
        if (digits.length() < MAX_DIGITS) {
            digits.append(c);
        }
        return true;
    }

    boolean pending() {
        return !digits.isEmpty();
    }

    /** What the footer shows while a count is typed: {@code :12}. */
    String shown() {
        return ":" + digits;
    }

    /** The count typed, 0 for none; either way the next key starts without one. */
    int take() {
        int count = digits.isEmpty() ? 0 : Integer.parseInt(digits.toString());
        digits.setLength(0);
        return count;
    }
}
