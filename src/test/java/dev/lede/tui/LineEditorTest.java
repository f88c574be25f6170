package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

class LineEditorTest {

    @Test
    void charactersGoInAtTheEndAndBackspaceTakesTheLastOut() {
        LineEditor line = new LineEditor("ab", 10);
        assertEquals(LineEditor.Edit.CHANGED, line.insert('c'));
        assertEquals("abc", line.text());
        assertEquals(LineEditor.Edit.CHANGED, line.backspace());
        assertEquals("ab", line.text());
    }

    @Test
    void backspaceTakesOutAWholeSurrogatePair() {
        LineEditor line = new LineEditor("a😀", 10);
        line.backspace();
        assertEquals("a", line.text());
    }

    @Test
    void backspaceOnAnEmptyLineChangesNothing() {
        LineEditor line = new LineEditor("", 10);
        assertEquals(LineEditor.Edit.UNCHANGED, line.backspace());
        assertEquals("", line.text());
    }

    @Test
    void aFullLineTakesNoMore() {
        LineEditor line = new LineEditor("", 2);
        line.insert('a');
        line.insert('b');
        assertEquals(LineEditor.Edit.FULL, line.insert('c'));
        assertEquals("ab", line.text());
        line.backspace();
        assertEquals(LineEditor.Edit.CHANGED, line.insert('z'));
        assertEquals("az", line.text());
    }

    @Test
    void keysTypeCharactersButNotControlOrAltOnes() {
        LineEditor line = new LineEditor("", 10);
        assertEquals(LineEditor.Edit.CHANGED, View.typeInto(line, new KeyStroke('x', false, false)));
        assertEquals(LineEditor.Edit.UNCHANGED, View.typeInto(line, new KeyStroke('y', true, false)));
        assertEquals(LineEditor.Edit.UNCHANGED, View.typeInto(line, new KeyStroke('y', false, true)));
        assertEquals(LineEditor.Edit.UNCHANGED, View.typeInto(line, new KeyStroke(KeyType.ArrowLeft)));
        assertEquals(LineEditor.Edit.CHANGED, View.typeInto(line, new KeyStroke('w', false, false)));
        assertEquals(LineEditor.Edit.CHANGED, View.typeInto(line, new KeyStroke(KeyType.Backspace)));
        assertEquals("x", line.text());
    }

    @Test
    void ctrlWTakesTheSpacesThenTheWordBeforeTheCursorAndCtrlUTheWholeLine() {
        LineEditor line = new LineEditor("one two  ", 100);
        assertEquals(LineEditor.Edit.CHANGED, line.deleteWord());
        assertEquals("one ", line.text());
        line.deleteWord();
        assertEquals("", line.text());
        assertEquals(LineEditor.Edit.UNCHANGED, line.deleteWord());
        line = new LineEditor("東京 😀x", 100);
        line.deleteWord();
        assertEquals("東京 ", line.text());
        assertEquals(LineEditor.Edit.CHANGED, line.clear());
        assertEquals("", line.text());
        assertEquals(LineEditor.Edit.UNCHANGED, line.clear());
    }

    @Test
    void typeIntoTakesCtrlWAndCtrlUAndNoOtherCtrlKey() {
        LineEditor line = new LineEditor("a b", 100);
        assertEquals(LineEditor.Edit.UNCHANGED, View.typeInto(line, new KeyStroke('n', true, false)));
        assertEquals(LineEditor.Edit.CHANGED, View.typeInto(line, new KeyStroke('w', true, false)));
        assertEquals("a ", line.text());
        assertEquals(LineEditor.Edit.CHANGED, View.typeInto(line, new KeyStroke('u', true, false)));
        assertEquals("", line.text());
        assertEquals(LineEditor.Edit.UNCHANGED, View.typeInto(line, new KeyStroke(KeyType.ArrowDown)));
    }
}
