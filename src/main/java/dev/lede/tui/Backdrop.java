package dev.lede.tui;

import com.googlecode.lanterna.TextColor;
import dev.lede.prefs.Element;
import dev.lede.prefs.ThemeName;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a theme paints the whole screen with under its elements: the terminal's own colours ({@link #TERMINAL}, for
 * the default and mono themes, whose colours suit dark and light terminals alike), or the background that a theme's
 * colours assume and the text colour for it (dark, light). {@link Canvas} gives it to every cell whose style leaves a
 * colour to the terminal, so the list, a story, prompts, overlays and empty rows all stand on it.
 *
 * @param foreground the colour of plain text, {@link TextColor.ANSI#DEFAULT} for the terminal's
 * @param background the colour under everything, {@link TextColor.ANSI#DEFAULT} for the terminal's
 */
public record Backdrop(TextColor foreground, TextColor background) {

    public static final Backdrop TERMINAL = new Backdrop(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);

    /**
     * The least contrast between a colour and what it stands on (WCAG's ratio, 1 to 21) for text to count as
     * readable: WCAG's bar for bold and large text; each theme's own colours are at 4.5 or more.
     */
    static final double READABLE = 3.0;

    public static Backdrop of(ThemeName name) {
        return switch (name) {
            case DARK -> new Backdrop(new TextColor.Indexed(252), new TextColor.Indexed(234));
            case LIGHT -> new Backdrop(new TextColor.Indexed(235), new TextColor.Indexed(231));
            case DEFAULT, MONO -> TERMINAL;
        };
    }

    /** True when the terminal's own colours show through: nothing is painted. */
    boolean transparent() {
        return equals(TERMINAL);
    }

    /** The style with the backdrop's colours where it leaves them to the terminal. */
    Style under(Style style) {
        return new Style(orOwn(style.foreground(), foreground), orOwn(style.background(), background), style.bold(),
                style.italic(), style.reverse());
    }

    private static TextColor orOwn(TextColor colour, TextColor own) {
        return TextColor.ANSI.DEFAULT.equals(colour) ? own : colour;
    }

    /** The same backdrop with both colours passed through {@code change}, e.g. to fit the terminal's colours. */
    Backdrop mapColours(UnaryOperator<TextColor> change) {
        return new Backdrop(change.apply(foreground), change.apply(background));
    }

    /** This backdrop, or the terminal's own colours when {@code NO_COLOR} is set to anything but the empty string. */
    Backdrop forEnvironment(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? TERMINAL : this;
    }

    /**
     * Whether every element of the theme is readable on this backdrop: its text colour against what it stands on
     * (its own background, else the backdrop) has at least {@link #READABLE} contrast. Always true on the terminal's
     * own colours, which lede cannot know.
     */
    boolean shows(Theme theme) {
        if (transparent()) {
            return true;
        }
        for (Element element : Element.values()) {
            Style style = under(theme.style(element));
            if (contrast(style.foreground(), style.background()) < READABLE) {
                return false;
            }
        }
        return true;
    }

    /**
     * WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white), with the colour values that
     * Lanterna gives them (the 256-colour palette exactly; an ANSI colour as the VGA palette has it, which a terminal
     * may change).
     */
    static double contrast(TextColor a, TextColor b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(TextColor colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(int value) {
        double s = value / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
