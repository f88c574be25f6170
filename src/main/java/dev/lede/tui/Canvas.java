package dev.lede.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import dev.lede.prefs.Element;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws text on a Lanterna screen cell by cell, the only place that creates {@link TextCharacter}s. Text goes
 * through {@link Glyphs}, so no control character reaches the terminal, a two-cell character is stored as one
 * character holding its whole code point (Lanterna 3.1 otherwise splits a surrogate pair into two cells of
 * {@code ?}), and a two-cell character that does not fit before the right edge becomes a space.
 */
final class Canvas {

    private final Screen screen;
    private final Theme theme;
    private final Backdrop backdrop;
    /** Null when the terminal shows every glyph, else what tells the ones it cannot show ({@link Charmap}). */
    private final CharsetEncoder encoder;
    private final TerminalSize size;
    private final List<Hyperlinks.Link> links = new ArrayList<>();

    /** A canvas on the terminal's own colours, in UTF-8. */
    Canvas(Screen screen, Theme theme) {
        this(screen, theme, Backdrop.TERMINAL, Charmap.UTF_8);
    }

    /**
     * A canvas whose every cell stands on the backdrop (painted at once, and under each style drawn) and holds a
     * glyph the terminal's character set can show ({@link Charmap#shown}).
     */
    Canvas(Screen screen, Theme theme, Backdrop backdrop, Charmap charmap) {
        this.screen = screen;
        this.theme = theme;
        this.backdrop = backdrop;
        this.encoder = charmap.encoder();
        this.size = screen.getTerminalSize();
        if (!backdrop.transparent()) {
            for (int row = 0; row < rows(); row++) {
                fill(0, row, columns(), Style.PLAIN);
            }
        }
    }

    int columns() {
        return size.getColumns();
    }

    int rows() {
        return size.getRows();
    }

    Style style(Element element) {
        return element == null ? Style.PLAIN : theme.style(element);
    }

    /** Writes text from {@code col}, stopping before {@code end}; returns the column after the last cell written. */
    int text(int col, int row, String text, Style style, int end) {
        int limit = Math.min(end, columns());
        if (row < 0 || row >= rows()) {
            return col;
        }
        for (Glyphs.Glyph glyph : Glyphs.split(text)) {
            if (col + glyph.width() > limit) {
                if (col < limit) {
                    fill(col, row, limit, style);
                    col = limit;
                }
                break;
            }
            if (col >= 0) {
                put(col, row, glyph, style);
            }
            col += glyph.width();
        }
        return col;
    }

    /** One glyph, or the ASCII the terminal's character set shows in its place, a character a cell. */
    private void put(int col, int row, Glyphs.Glyph glyph, Style style) {
        String ascii = Charmap.shown(glyph, encoder);
        if (ascii == null) {
            screen.setCharacter(col, row, cell(glyph, style));
            return;
        }
        for (int i = 0; i < ascii.length(); i++) {
            screen.setCharacter(col + i, row, cell(new Glyphs.Glyph(ascii.substring(i, i + 1), 1), style));
        }
    }

    /**
     * Writes the runs of a line; with an {@code override} every run takes that style instead of its own. A match of
     * a search is marked in the {@link Element#MATCH} style, the match numbered {@code current} in the
     * {@link Element#CURRENT_MATCH} one (see {@link #marked}).
     */
    int line(int col, int row, StyledLine line, int end, Style override, int current) {
        for (StyledLine.Run run : line.runs()) {
            Style style = override != null ? override : style(run.element());
            if (run.match() >= 0) {
                style = marked(style, style(run.match() == current ? Element.CURRENT_MATCH : Element.MATCH));
            }
            col = text(col, row, run.text(), style, end);
        }
        return col;
    }

    /**
     * Text's style under a mark: the mark's colours where it has them, else the text's; bold and italic of either;
     * reversed when one of them is (text already reversed, as a selection without colours is, turns back), so a
     * match shows in every theme and without colours.
     */
    static Style marked(Style text, Style mark) {
        TextColor.ANSI none = TextColor.ANSI.DEFAULT;
        return new Style(none.equals(mark.foreground()) ? text.foreground() : mark.foreground(),
                none.equals(mark.background()) ? text.background() : mark.background(), text.bold() || mark.bold(),
                text.italic() || mark.italic(), text.reverse() != mark.reverse());
    }

    /**
     * Marks the cells from {@code col} to before {@code end} of a row as a link to {@code url}, which the reader
     * writes as an OSC 8 hyperlink when they are on (see {@link Hyperlinks}); a link it may not write is left out.
     */
    void link(int col, int row, int end, String url) {
        int last = Math.min(end, columns());
        if (row >= 0 && row < rows() && col >= 0 && col < last && Hyperlinks.writable(url)) {
            links.add(new Hyperlinks.Link(col, row, last, url));
        }
    }

    /** The links drawn, in the order drawn. */
    List<Hyperlinks.Link> links() {
        return List.copyOf(links);
    }

    /** Shows the terminal's cursor at a cell, e.g. at the end of a prompt. */
    void cursor(int col, int row) {
        screen.setCursorPosition(new TerminalPosition(col, row));
    }

    /** Spaces from {@code col} to before {@code end}. */
    void fill(int col, int row, int end, Style style) {
        int limit = Math.min(end, columns());
        if (row < 0 || row >= rows()) {
            return;
        }
        TextCharacter space = cell(new Glyphs.Glyph(" ", 1), style);
        for (int c = Math.max(0, col); c < limit; c++) {
            screen.setCharacter(c, row, space);
        }
    }

    /**
     * A whole status row: the right part flush right, then the left parts in order while they fit whole (the first
     * ones matter most), the rest filled with the style.
     */
    void bar(int row, List<String> left, String right, Style style) {
        bar(row, left, right, style, false);
    }

    /** A header: like {@link #bar}, but the first left part that does not fit is cut with … when room is left. */
    void header(List<String> left, String right, Style style) {
        bar(0, left, right, style, true);
    }

    private void bar(int row, List<String> left, String right, Style style, boolean cut) {
        int cols = columns();
        String rightPart = right == null || right.isEmpty() ? "" : " " + right + " ";
        int rightWidth = Glyphs.width(rightPart);
        if (rightWidth > cols) {
            rightPart = " " + Glyphs.fit(right, Math.max(0, cols - 1));
            rightWidth = Glyphs.width(rightPart);
        }
        int room = cols - rightWidth;
        StringBuilder leftText = new StringBuilder();
        for (String part : left) {
            String candidate = leftText.length() == 0 ? " " + part : leftText + "  " + part;
            if (Glyphs.width(candidate) > room) {
                if (cut && room - Glyphs.width(leftText.toString()) >= 6) {
                    leftText.setLength(0);
                    leftText.append(Glyphs.fit(candidate, room - 1));
                }
                break;
            }
            leftText.setLength(0);
            leftText.append(candidate);
        }
        int col = text(0, row, leftText.toString(), style, room);
        fill(col, row, room, style);
        col = text(room, row, rightPart, style, cols);
        fill(col, row, cols, style);
    }

    private TextCharacter cell(Glyphs.Glyph glyph, Style drawn) {
        Style style = backdrop.under(drawn);
        String text = glyph.text();
        TextCharacter character = text.length() == 1
                ? new TextCharacter(text.charAt(0), style.foreground(), style.background(), style.modifiers())
                : TextCharacter.fromString(text, style.foreground(), style.background(), style.modifiers())[0];
        boolean wide = glyph.width() == 2;
        boolean whole = text.length() == 1 || character.getCharacterString().equals(text);
        return whole && character.isDoubleWidth() == wide ? character : new Cell(character, text, wide);
    }

    /**
     * A character whose text and width are the reader's ({@link Glyphs}) where Lanterna's own differ: its width guess,
     * and a glyph that Java 17's character breaks split (a flag, two regional indicators, is two characters to it;
     * Lanterna kept only the first and drew {@code Albania 🇦}).
     */
    private static final class Cell extends TextCharacter {
        private static final long serialVersionUID = 1L;
        private final String text;
        private final boolean wide;

        Cell(TextCharacter first, String text, boolean wide) {
            super(first);
            this.text = text;
            this.wide = wide;
        }

        @Override
        public String getCharacterString() {
            return text;
        }

        @Override
        public boolean isDoubleWidth() {
            return wide;
        }

        /** Also by the whole text: the screen redraws only cells that differ, and 🇫🇷 and 🇫🇮 start alike. */
        @Override
        public boolean equals(Object other) {
            return super.equals(other) && other instanceof Cell cell && text.equals(cell.text) && wide == cell.wide;
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + text.hashCode();
        }
    }
}
