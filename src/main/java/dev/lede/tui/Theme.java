package dev.lede.tui;

import com.googlecode.lanterna.TextColor;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reader's colours, one {@link Style} per element. Start from {@link #named}, override elements with {@link
 * #with} or {@link #withColour}, then apply {@link #forEnvironment} so {@code NO_COLOR} is honoured.
 */
public record Theme(Style title, Style heading, Style lede, Style quote, Style attribution, Style selection,
                    Style status) {

    /** What a theme colours; {@link #configName()} is the name used in settings. */
    public enum Element {
        TITLE, HEADING, LEDE, QUOTE, ATTRIBUTION, SELECTION, STATUS;

        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Element fromConfigName(String name) {
            for (Element e : values()) {
                if (e.configName().equals(name)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("unknown theme element '" + name + "' (use "
                    + String.join(", ", List.of(values()).stream().map(Element::configName).toList()) + ")");
        }
    }

    public static final List<String> NAMES = List.of("default", "dark", "light", "mono");

    /** The terminal's own palette: works on dark and light backgrounds alike. */
    public static Theme defaults() {
        return new Theme(
                Style.PLAIN.bolded(),
                Style.fg(TextColor.ANSI.CYAN).bolded(),
                Style.PLAIN.italicised(),
                Style.fg(TextColor.ANSI.YELLOW),
                Style.fg(TextColor.ANSI.CYAN).italicised(),
                new Style(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE, true, false, false),
                Style.PLAIN.reversed());
    }

    /**
     * One of {@link #NAMES}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Theme named(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "default" -> defaults();
            case "dark" -> new Theme(
                    Style.fg(indexed(231)).bolded(),
                    Style.fg(indexed(117)).bolded(),
                    Style.fg(indexed(252)).italicised(),
                    Style.fg(indexed(221)),
                    Style.fg(indexed(246)).italicised(),
                    new Style(indexed(231), indexed(25), true, false, false),
                    new Style(indexed(252), indexed(238), false, false, false));
            case "light" -> new Theme(
                    Style.fg(indexed(16)).bolded(),
                    Style.fg(indexed(25)).bolded(),
                    Style.fg(indexed(238)).italicised(),
                    Style.fg(indexed(130)),
                    Style.fg(indexed(242)).italicised(),
                    new Style(indexed(16), indexed(153), true, false, false),
                    new Style(indexed(235), indexed(252), false, false, false));
            case "mono" -> new Theme(
                    Style.PLAIN.bolded(),
                    Style.PLAIN.bolded(),
                    Style.PLAIN.italicised(),
                    Style.PLAIN.italicised(),
                    Style.PLAIN,
                    Style.PLAIN.bolded().reversed(),
                    Style.PLAIN.reversed());
            default -> throw new IllegalArgumentException("unknown theme '" + name + "' (use "
                    + String.join(", ", NAMES) + ")");
        };
    }

    public Style style(Element element) {
        return switch (element) {
            case TITLE -> title;
            case HEADING -> heading;
            case LEDE -> lede;
            case QUOTE -> quote;
            case ATTRIBUTION -> attribution;
            case SELECTION -> selection;
            case STATUS -> status;
        };
    }

    /** A copy with one element's style replaced. */
    public Theme with(Element element, Style style) {
        return new Theme(
                element == Element.TITLE ? style : title,
                element == Element.HEADING ? style : heading,
                element == Element.LEDE ? style : lede,
                element == Element.QUOTE ? style : quote,
                element == Element.ATTRIBUTION ? style : attribution,
                element == Element.SELECTION ? style : selection,
                element == Element.STATUS ? style : status);
    }

    /**
     * A copy with one element's foreground colour replaced, both named as in settings, e.g. {@code ("quote",
     * "magenta")}. Colours: {@code default}, the eight ANSI names with an optional {@code bright_} prefix, a 256-colour
     * index {@code 0}–{@code 255}, or {@code #rrggbb}.
     *
     * @throws IllegalArgumentException for an unknown element or colour
     */
    public Theme withColour(String element, String colour) {
        Element e = Element.fromConfigName(element);
        return with(e, style(e).withForeground(colour(colour)));
    }

    /** The same theme with every colour passed through {@code change}, e.g. to fit the terminal's colours. */
    public Theme mapColours(java.util.function.UnaryOperator<TextColor> change) {
        List<Style> styles = new java.util.ArrayList<>();
        for (Element element : Element.values()) {
            Style s = style(element);
            styles.add(s.withForeground(change.apply(s.foreground())).withBackground(change.apply(s.background())));
        }
        return new Theme(styles.get(0), styles.get(1), styles.get(2), styles.get(3), styles.get(4), styles.get(5),
                styles.get(6));
    }

    /** The same theme without any colour: only bold, italic and reverse remain. */
    public Theme withoutColours() {
        return new Theme(title.withoutColours(), heading.withoutColours(), lede.withoutColours(),
                quote.withoutColours(), attribution.withoutColours(), selection.withoutColours(),
                status.withoutColours());
    }

    /** This theme, or {@link #withoutColours()} when {@code NO_COLOR} is set to anything but the empty string. */
    public Theme forEnvironment(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? withoutColours() : this;
    }

    /**
     * A colour as written in settings.
     *
     * @throws IllegalArgumentException when the text names no colour
     */
    public static TextColor colour(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (name.matches("#[0-9a-f]{6}")) {
            int rgb = Integer.parseInt(name.substring(1), 16);
            return new TextColor.RGB(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF);
        }
        if (name.matches("[0-9]{1,3}") && Integer.parseInt(name) <= 255) {
            return indexed(Integer.parseInt(name));
        }
        boolean bright = name.startsWith("bright_") || name.startsWith("bright-");
        String base = bright ? name.substring(7) : name;
        for (TextColor.ANSI ansi : TextColor.ANSI.values()) {
            if (!ansi.name().endsWith("_BRIGHT") && ansi.name().equalsIgnoreCase(base)) {
                return bright && ansi != TextColor.ANSI.DEFAULT ? TextColor.ANSI.valueOf(ansi.name() + "_BRIGHT")
                        : ansi;
            }
        }
        throw new IllegalArgumentException("unknown colour '" + text + "' (use default, black, red, green, yellow,"
                + " blue, magenta, cyan, white, bright_<name>, 0-255 or #rrggbb)");
    }

    private static TextColor indexed(int index) {
        return new TextColor.Indexed(index);
    }
}
