package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.keys.Action;
import dev.lede.prefs.Change;
import dev.lede.prefs.Element;
import dev.lede.prefs.Setting;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Every preference with its value, one row each. ↑/↓ move, ←/→ step a choice or a number, Enter types a value,
 * and each change is saved at once; the reader takes it on at once too. It reads keys itself (typing needs every
 * key), so it handles no {@link Action}s: it is always {@link #typing()}.
 */
final class PreferencesScreen implements View {

    private static final List<HelpOverlay.Row> HELP = List.of(
            new HelpOverlay.Row(List.of("↑", "k", "↓", "j"), "previous / next preference"),
            new HelpOverlay.Row(List.of("←", "h", "→", "l"), "previous / next value (choices, numbers)"),
            new HelpOverlay.Row(List.of("Enter"), "type a value; Enter saves, Esc cancels"),
            new HelpOverlay.Row(List.of("t"), "next theme"),
            new HelpOverlay.Row(List.of("?"), "show this help"),
            new HelpOverlay.Row(List.of("q", "Esc"), "back"),
            HelpOverlay.SUSPEND,
            new HelpOverlay.Row(List.of("Ctrl-C"), "quit lede"));

    private final ReaderPreferences prefs;
    private final LibraryReload reload;
    private final List<Setting<?>> settings = Setting.all();
    private final Viewport viewport = Viewport.ofList();
    /** The value being typed, or null. */
    private LineEditor edit;
    private String message;
    private boolean error;

    /** @param reload checks a new {@code library} value */
    PreferencesScreen(ReaderPreferences prefs, LibraryReload reload) {
        this.prefs = prefs;
        this.reload = reload;
    }

    @Override
    public Set<Action> actions() {
        return Set.of();
    }

    @Override
    public List<HelpEntry> help() {
        return List.of();
    }

    @Override
    public String name() {
        return "preferences";
    }

    @Override
    public Result handle(Action action) {
        return Result.HANDLED;
    }

    @Override
    public HelpOverlay helpOverlay(KeyMap keys, List<HelpOverlay.Row> appKeys) {
        return HelpOverlay.of("Keys: preferences", HELP);
    }

    @Override
    public boolean ofTheLibrary() {
        return false;
    }

    @Override
    public void resize(TerminalSize size) {
        viewport.fit(settings.size(), size.getRows() - 3);
    }

    Setting selected() {
        return settings.get(viewport.selected());
    }

    @Override
    public boolean typing() {
        return true;
    }

    /** Handles one key: moving, stepping, typing, or leaving. */
    @Override
    public Result type(KeyStroke key) {
        return edit != null ? typed(key) : command(key);
    }

    private Result command(KeyStroke key) {
        KeyType type = key.getKeyType();
        Character c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : null;
        message = null;
        if (type == KeyType.ArrowUp || is(c, 'k')) {
            viewport.moveSelection(-1);
        } else if (type == KeyType.ArrowDown || is(c, 'j')) {
            viewport.moveSelection(1);
        } else if (type == KeyType.Home || is(c, 'g')) {
            viewport.select(0);
        } else if (type == KeyType.End || is(c, 'G')) {
            viewport.select(settings.size() - 1);
        } else if (type == KeyType.ArrowLeft || is(c, 'h')) {
            return step(-1);
        } else if (type == KeyType.ArrowRight || is(c, 'l')) {
            return step(1);
        } else if (type == KeyType.Enter) {
            edit = new LineEditor(shown(selected()), Integer.MAX_VALUE);
        } else if (is(c, 't')) {
            say(prefs.cycleTheme(), false);
            return Result.changed(null);
        } else if (is(c, '?')) {
            return Result.HELP;
        } else if (type == KeyType.Escape || is(c, 'q')) {
            return Result.BACK;
        }
        return Result.HANDLED;
    }

    private static boolean is(Character c, char wanted) {
        return c != null && c == wanted;
    }

    private Result typed(KeyStroke key) {
        switch (key.getKeyType()) {
            case Escape -> {
                edit = null;
                say("not changed", false);
            }
            case Enter -> {
                String text = edit.text();
                edit = null;
                return save(words(selected(), text));
            }
            default -> View.typeInto(edit, key);
        }
        return Result.HANDLED;
    }

    private Result step(int delta) {
        Setting<?> setting = selected();
        return setting.step(prefs.current(), delta).map(this::save).orElseGet(() -> {
            say(setting.key() + " is typed: press Enter", false);
            return Result.HANDLED;
        });
    }

    private Result save(List<String> words) {
        Setting<?> setting = selected();
        String refusal = !setting.key().equals("library") || words.equals(List.of("[]")) ? null
                : reload.refusal(prefs.store().location().path(), words);
        if (refusal != null) {
            say(refusal, true);
            return Result.HANDLED;
        }
        Change change = prefs.set(setting.key(), words);
        if (change.ok()) {
            say(setting.key() + ": " + setting.yaml(prefs.current()) + " ("
                    + (change.status() == Change.Status.SAVED ? "saved" : "unchanged") + ")", false);
            return Result.changed(null);
        }
        say(change.message(), true);
        return Result.HANDLED;
    }

    private void say(String text, boolean isError) {
        message = text;
        error = isError;
    }

    /** The value as it is typed: lists of keys split at spaces, lists of headings or folders at commas. */
    private String shown(Setting<?> setting) {
        List<String> words = setting.words(prefs.current());
        return switch (setting.kind()) {
            case FOLDERS, SECTIONS -> String.join(", ", words);
            default -> String.join(" ", words);
        };
    }

    private static List<String> words(Setting<?> setting, String text) {
        String strip = text.strip();
        return switch (setting.kind()) {
            case KEYS -> strip.isEmpty() ? List.of("[]") : Arrays.asList(strip.split("\\s+"));
            case FOLDERS, SECTIONS -> strip.isEmpty() ? List.of("[]")
                    : Arrays.stream(strip.split(",")).map(String::strip).toList();
            default -> List.of(strip);
        };
    }

    @Override
    public void draw(Canvas canvas) {
        Style status = canvas.style(Element.STATUS);
        canvas.header(List.of("lede", "preferences"),
                Glyphs.forTerminal(prefs.store().location().path().toString()), status);
        int rows = viewport.rows();
        int top = viewport.top();
        int keyWidth = settings.stream().mapToInt(s -> s.key().length()).max().orElse(0) + 2;
        for (int r = 0; r < rows && top + r < settings.size(); r++) {
            int index = top + r;
            Setting<?> setting = settings.get(index);
            boolean isSelected = index == viewport.selected();
            Style style = isSelected ? canvas.style(Element.SELECTION) : Style.PLAIN;
            canvas.fill(0, 1 + r, 1, style);
            int col = canvas.text(1, 1 + r, Glyphs.fit(setting.key(), keyWidth - 1), style, 1 + keyWidth);
            canvas.fill(col, 1 + r, 1 + keyWidth, style);
            String value = isSelected && edit != null ? edit.text() + "▏" : setting.yaml(prefs.current());
            col = canvas.text(1 + keyWidth, 1 + r, Glyphs.fit(Glyphs.forTerminal(value),
                    Math.max(0, canvas.columns() - 2 - keyWidth)), style, canvas.columns());
            canvas.fill(col, 1 + r, canvas.columns(), style);
        }
        if (canvas.rows() > 2) {
            String line = message != null ? message : selected().description();
            Style style = error ? canvas.style(Element.QUOTE).bolded() : canvas.style(Element.ATTRIBUTION);
            canvas.text(1, canvas.rows() - 2, Glyphs.fit(Glyphs.forTerminal(line), canvas.columns() - 2), style,
                    canvas.columns());
        }
        if (canvas.rows() > 1) {
            List<String> hints = edit != null ? List.of("Enter save", "Esc cancel")
                    : List.of("↑↓ move", "←→ change", "Enter type", "t theme", "? help", "q back");
            canvas.bar(canvas.rows() - 1, hints, "", status);
        }
    }

    /** The message under the list, for tests. */
    String message() {
        return message;
    }
}
