package dev.lede.tui;

import com.googlecode.lanterna.TextColor;
import dev.lede.prefs.Color;
import dev.lede.prefs.Element;
import dev.lede.prefs.ThemeName;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reader's colours, one {@link Style} per element. Start from {@link #of}, override elements with {@link
 * #with} or {@link #withColour}, then apply {@link #forEnvironment} so {@code NO_COLOR} is honoured.
 */
public record Theme(Style title, Style heading, Style lede, Style quote, Style attribution, Style selection,
                    Style status, Style match, Style currentMatch) {

    /**
     * A theme whose search matches are black on green, the current one (where {@code n} moved) the text's own
     * colours reversed, as vim marks them ({@code Search} and {@code CurSearch}). The highlight is a colour no text
     * has, so the current match stands out in a quote or a heading too.
     */
    public Theme(Style title, Style heading, Style lede, Style quote, Style attribution, Style selection,
                 Style status) {
        this(title, heading, lede, quote, attribution, selection, status,
                new Style(TextColor.ANSI.GREEN, TextColor.ANSI.BLACK, false, false, true), Style.PLAIN.reversed());
    }

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

    /** The colours of a named theme. */
    public static Theme of(ThemeName name) {
        return withMatches(name, switch (name) {
            case DEFAULT -> defaults();
            case DARK -> new Theme(
                    Style.fg(indexed(231)).bolded(),
                    Style.fg(indexed(117)).bolded(),
                    Style.fg(indexed(252)).italicised(),
                    Style.fg(indexed(221)),
                    Style.fg(indexed(246)).italicised(),
                    new Style(indexed(231), indexed(25), true, false, false),
                    new Style(indexed(252), indexed(238), false, false, false));
            case LIGHT -> new Theme(
                    Style.fg(indexed(16)).bolded(),
                    Style.fg(indexed(19)).bolded(),
                    Style.fg(indexed(238)).italicised(),
                    Style.fg(indexed(90)),
                    Style.fg(indexed(242)).italicised(),
                    new Style(indexed(16), indexed(153), true, false, false),
                    new Style(indexed(235), indexed(252), false, false, false));
            case MONO -> new Theme(
                    Style.PLAIN.bolded(),
                    Style.PLAIN.bolded(),
                    Style.PLAIN.italicised(),
                    Style.PLAIN.italicised(),
                    Style.PLAIN,
                    Style.PLAIN.bolded().reversed(),
                    Style.PLAIN.reversed());
        });
    }

    /**
     * The named theme's search matches: drawn reversed, so the foreground is the highlight (a green no text of the
     * theme has, under black letters); the current one is the text's own colours reversed, bold as well without
     * colours.
     */
    private static Theme withMatches(ThemeName name, Theme theme) {
        Style match = switch (name) {
            case DEFAULT -> theme.match;
            case DARK -> new Style(indexed(114), indexed(16), false, false, true);
            case LIGHT -> new Style(indexed(157), indexed(16), false, false, true);
            case MONO -> Style.PLAIN.reversed();
        };
        Style current = name == ThemeName.MONO ? Style.PLAIN.bolded().reversed() : Style.PLAIN.reversed();
        return theme.with(Element.MATCH, match).with(Element.CURRENT_MATCH, current);
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
            case MATCH -> match;
            case CURRENT_MATCH -> currentMatch;
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
                element == Element.STATUS ? style : status,
                element == Element.MATCH ? style : match,
                element == Element.CURRENT_MATCH ? style : currentMatch);
    }

    /** A copy with one element's foreground colour replaced; {@link Color#THEME} keeps the theme's. */
    public Theme withColour(Element element, Color colour) {
        if (colour.kind() == Color.Kind.THEME) {
            return this;
        }
        return with(element, style(element).withForeground(colour(colour)));
    }

    /** The same theme with every colour passed through {@code change}, e.g. to fit the terminal's colours. */
    public Theme mapColours(java.util.function.UnaryOperator<TextColor> change) {
        List<Style> styles = new java.util.ArrayList<>();
        for (Element element : Element.values()) {
            Style s = style(element);
            styles.add(s.withForeground(change.apply(s.foreground())).withBackground(change.apply(s.background())));
        }
        return new Theme(styles.get(0), styles.get(1), styles.get(2), styles.get(3), styles.get(4), styles.get(5),
                styles.get(6), styles.get(7), styles.get(8));
    }

    /** The same theme without any colour: only bold, italic and reverse remain. */
    public Theme withoutColours() {
        return new Theme(title.withoutColours(), heading.withoutColours(), lede.withoutColours(),
                quote.withoutColours(), attribution.withoutColours(), selection.withoutColours(),
                status.withoutColours(), match.withoutColours(), currentMatch.withoutColours().bolded());
    }

    /** This theme, or {@link #withoutColours()} when {@code NO_COLOR} is set to anything but the empty string. */
    public Theme forEnvironment(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? withoutColours() : this;
    }

    /** A colour of preferences as the terminal library takes it; not {@link Color#THEME}, which has none. */
    static TextColor colour(Color colour) {
        return switch (colour.kind()) {
            case THEME -> throw new IllegalArgumentException("the theme's colour depends on the element");
            case RGB -> new TextColor.RGB(colour.rgb() >> 16, (colour.rgb() >> 8) & 0xFF, colour.rgb() & 0xFF);
            case INDEX -> indexed(colour.index());
            case ANSI -> colour.text().startsWith("bright_")
                    ? TextColor.ANSI.valueOf(colour.text().substring(7).toUpperCase(Locale.ROOT) + "_BRIGHT")
                    : TextColor.ANSI.valueOf(colour.text().toUpperCase(Locale.ROOT));
        };
    }

    private static TextColor indexed(int index) {
        return new TextColor.Indexed(index);
    }
}
