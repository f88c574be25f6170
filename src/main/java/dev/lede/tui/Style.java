package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;

/**
 * How one element of the screen looks: foreground and background colours ({@link TextColor.ANSI#DEFAULT} for the
 * terminal's own) and the attributes that need no colour.
 */
public record Style(TextColor foreground, TextColor background, boolean bold, boolean italic, boolean reverse) {

    public static final Style PLAIN = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, false, false, false);

    public Style {
        foreground = foreground == null ? TextColor.ANSI.DEFAULT : foreground;
        background = background == null ? TextColor.ANSI.DEFAULT : background;
    }

    public static Style fg(TextColor foreground) {
        return PLAIN.withForeground(foreground);
    }

    public Style withForeground(TextColor colour) {
        return new Style(colour, background, bold, italic, reverse);
    }

    public Style withBackground(TextColor colour) {
        return new Style(foreground, colour, bold, italic, reverse);
    }

    public Style bolded() {
        return new Style(foreground, background, true, italic, reverse);
    }

    public Style italicised() {
        return new Style(foreground, background, bold, true, reverse);
    }

    public Style reversed() {
        return new Style(foreground, background, bold, italic, true);
    }

    /** The same attributes without colours; a style that had a background keeps standing out through reverse. */
    public Style withoutColours() {
        boolean hadBackground = !TextColor.ANSI.DEFAULT.equals(background);
        return new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, bold, italic, reverse || hadBackground);
    }

    EnumSet<SGR> modifiers() {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        if (bold) {
            set.add(SGR.BOLD);
        }
        if (italic) {
            set.add(SGR.ITALIC);
        }
        if (reverse) {
            set.add(SGR.REVERSE);
        }
        return set;
    }
}
