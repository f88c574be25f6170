package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * OSC 8 hyperlinks ({@code links.osc8: true}): Lanterna draws cells and has no hyperlinks, so after each frame the
 * reader writes the cells of each link again, between {@code ESC ] 8 ; ; URL ESC \} and {@code ESC ] 8 ; ; ESC \},
 * with the colours and attributes they have on screen. Only lede writes them, from links of the model
 * ({@link StoryLinks}: front matter) that it checked: {@code http} or {@code https}, printable ASCII only (no
 * {@code ESC}, {@code BEL} or anything else that ends or starts a sequence), at most {@link #MAX} characters. Story
 * text never becomes an escape: it is cleaned before it reaches a cell, and cells are written as text.
 */
final class Hyperlinks {

    /** Cells of one row, from {@code col} to before {@code end}, linking to {@code url}. */
    record Link(int col, int row, int end, String url) {
    }

    /** Longer links are shown but not linked: terminals drop longer OSC 8 targets (VTE at 2,083 bytes). */
    static final int MAX = 2_048;

    private static final String OPEN = "\u001b]8;;";
    private static final String END = "\u001b\\";

    private Hyperlinks() {
    }

    /** True when {@code url} may be written inside an OSC 8 sequence. */
    static boolean writable(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX || Browser.refusal(url) != null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** The bytes that start a link to {@code url}, and those that end it. */
    static String start(String url) {
        return OPEN + url + END;
    }

    static String end() {
        return OPEN + END;
    }

    /** Writes the links over what the screen has just drawn, then puts the cursor back; nothing off a terminal. */
    static void write(Screen screen, List<Link> links) throws IOException {
        if (links.isEmpty() || !(screen instanceof TerminalScreen terminalScreen)) {
            return;
        }
        Terminal terminal = terminalScreen.getTerminal();
        for (Link link : links) {
            terminal.setCursorPosition(link.col(), link.row());
            terminal.putString(start(link.url()));
            TextCharacter styled = null;
            for (int c = link.col(); c < link.end(); c++) {
                TextCharacter cell = screen.getFrontCharacter(c, link.row());
                if (cell == null) {
                    break;
                }
                if (styled == null || !sameStyle(styled, cell)) {
                    style(terminal, cell);
                    styled = cell;
                }
                terminal.putString(cell.getCharacterString());
                if (cell.isDoubleWidth()) {
                    c++;
                }
            }
            terminal.putString(end());
            terminal.resetColorAndSGR();
        }
        TerminalPosition cursor = screen.getCursorPosition();
        if (cursor != null) {
            terminal.setCursorPosition(cursor);
        }
        terminal.flush();
    }

    private static boolean sameStyle(TextCharacter a, TextCharacter b) {
        return a.getModifiers().equals(b.getModifiers()) && a.getForegroundColor().equals(b.getForegroundColor())
                && a.getBackgroundColor().equals(b.getBackgroundColor());
    }

    private static void style(Terminal terminal, TextCharacter cell) throws IOException {
        terminal.resetColorAndSGR();
        for (SGR sgr : cell.getModifiers()) {
            terminal.enableSGR(sgr);
        }
        terminal.setForegroundColor(cell.getForegroundColor());
        terminal.setBackgroundColor(cell.getBackgroundColor());
    }
}
