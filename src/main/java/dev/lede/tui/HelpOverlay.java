package dev.lede.tui;

import dev.lede.prefs.Element;
import java.util.ArrayList;
import java.util.List;

/** A box over the current screen listing every key it handles; any key closes it. */
final class HelpOverlay {

    /**
     * One row: the keys, and what they do; for a pair of actions ({@code ] / [}) the second one's keys too (empty
     * otherwise).
     */
    record Row(List<String> keys, List<String> second, String description) {

        Row(List<String> keys, String description) {
            this(keys, List.of(), description);
        }

        /** The keys as shown, at most {@code most} of each action: {@code ↓ j / ↑ k}. */
        String keys(int most) {
            String first = String.join(" ", keys.subList(0, Math.min(most, keys.size())));
            return second.isEmpty() ? first
                    : first + " / " + String.join(" ", second.subList(0, Math.min(most, second.size())));
        }

        /** The most keys of each action that fit in {@code width} columns, at least one. */
        int fitting(int width) {
            int most = Math.max(keys.size(), second.size());
            while (most > 1 && Glyphs.width(keys(most)) > width) {
                most--;
            }
            return most;
        }
    }

    /** The narrowest a description column gets before only each action's first key is shown. */
    private static final int MIN_DESCRIPTION = 14;

    private final String title;
    private final List<Row> rows;

    private HelpOverlay(String title, List<Row> rows) {
        this.title = title;
        this.rows = List.copyOf(rows);
    }

    /** Ctrl-Z, which every screen takes. */
    static final Row SUSPEND = new Row(List.of("Ctrl-Z"), "suspend (fg comes back)");

    /** The keys of a screen, then {@code more} rows for keys the app handles on every screen. */
    static HelpOverlay of(View view, KeyMap keys, List<Row> more) {
        List<Row> rows = new ArrayList<>();
        for (View.HelpEntry entry : view.help()) {
            List<String> labels = keys.labels(entry.action(), view.actions());
            Row row = entry.second() == null ? new Row(labels, entry.description())
                    : pair(labels, keys.labels(entry.second(), view.actions()), entry.description());
            if (!row.keys().isEmpty()) {
                rows.add(row);
            }
        }
        rows.addAll(more);
        rows.add(SUSPEND);
        rows.add(new Row(List.of("Ctrl-C"), "quit lede"));
        return new HelpOverlay("Keys: " + view.name(), rows);
    }

    /** The row of a pair of actions, {@code ] / [}; one side alone when the other has no key. */
    private static Row pair(List<String> first, List<String> second, String description) {
        if (first.isEmpty() || second.isEmpty()) {
            return new Row(first.isEmpty() ? second : first, description);
        }
        return new Row(first, second, description);
    }

    /** A box with rows of its own, for a screen that reads keys itself. */
    static HelpOverlay of(String title, List<Row> rows) {
        return new HelpOverlay(title, rows);
    }

    /**
     * Draws the box: every key of each row when the window has room, else as many of each row's keys as leave the
     * descriptions whole, and only the first key of each when even that leaves the descriptions under
     * {@value #MIN_DESCRIPTION} columns.
     */
    void draw(Canvas canvas) {
        int textWidth = rows.stream().mapToInt(r -> Glyphs.width(r.description())).max().orElse(0);
        boolean compact = canvas.columns() - 6 < keysWidth(1) + MIN_DESCRIPTION;
        int room = canvas.columns() - 6 - textWidth;
        List<String> shown = rows.stream().map(r -> r.keys(compact ? 1 : r.fitting(room))).toList();
        int keysWidth = shown.stream().mapToInt(Glyphs::width).max().orElse(0);
        String footer = "any key closes";
        int inner = Math.max(keysWidth + 2 + textWidth, Math.max(Glyphs.width(title), Glyphs.width(footer)) + 2);
        int width = Math.min(canvas.columns(), inner + 4);
        int height = Math.min(canvas.rows(), rows.size() + 4);
        if (width < 3 || height < 3) {
            return;
        }
        int left = (canvas.columns() - width) / 2;
        int topRow = (canvas.rows() - height) / 2;
        Style border = Style.PLAIN;
        Style plain = Style.PLAIN;
        int pad = height >= rows.size() + 4 ? 1 : 0;
        int right = left + width;
        horizontal(canvas, topRow, left, right, '┌', '┐', " " + title + " ", border);
        for (int r = 1; r < height - 1; r++) {
            int row = topRow + r;
            canvas.text(left, row, "│", border, right);
            canvas.fill(left + 1, row, right - 1, plain);
            int index = r - 1 - pad;
            boolean cut = index == height - 3 - 2 * pad && index < rows.size() - 1;
            if (cut) {
                canvas.text(left + 2, row, Glyphs.fit("… more in a bigger window", right - 3 - left), plain, right - 1);
            } else if (index >= 0 && index < rows.size()) {
                Row entry = rows.get(index);
                int keysEnd = Math.min(left + 2 + keysWidth, right - 1);
                canvas.text(left + 2, row, Glyphs.fit(shown.get(index), keysEnd - left - 2),
                        canvas.style(Element.HEADING), keysEnd);
                int textStart = keysEnd + 2;
                canvas.text(textStart, row, Glyphs.fit(entry.description(), right - 1 - textStart), plain, right - 1);
            }
            canvas.text(right - 1, row, "│", border, right);
        }
        horizontal(canvas, topRow + height - 1, left, right, '└', '┘', " " + footer + " ", border);
    }

    private int keysWidth(int most) {
        return rows.stream().mapToInt(r -> Glyphs.width(r.keys(most))).max().orElse(0);
    }

    private static void horizontal(Canvas canvas, int row, int left, int right, char first, char last, String label,
                                   Style style) {
        StringBuilder line = new StringBuilder().append(first).append('─');
        line.append(Glyphs.fit(label, Math.max(0, right - left - 4)));
        while (Glyphs.width(line.toString()) < right - left - 1) {
            line.append('─');
        }
        canvas.text(left, row, line.append(last).toString(), style, right);
    }
}
