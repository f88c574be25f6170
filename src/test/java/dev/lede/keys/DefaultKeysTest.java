package dev.lede.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default keys give every key at most one action on every screen, the app's own (t, p, ?) included. */
class DefaultKeysTest {

    @Test
    void everyDefaultKeyDoesOneThingOnEachScreen() {
        for (Screen screen : Screen.values()) {
            for (Action action : Action.on(screen)) {
                for (Key key : Bindings.DEFAULTS.keys(action)) {
                    List<Action> same = Action.on(screen).stream()
                            .filter(other -> Bindings.DEFAULTS.keys(other).contains(key)).toList();
                    assertEquals(List.of(action), same, "'" + key.spelling() + "' " + screen.where());
                }
            }
        }
    }

    @Test
    void aKeySharedAcrossScreensIsNoClashAndTheScreenOfAClashIsNamed() {
        assertNull(Bindings.screenOf(List.of(Action.OPEN, Action.TOGGLE_SECTION)), "Enter: the list, a story");
        assertEquals(Screen.STORY, Bindings.screenOf(List.of(Action.DOWN, Action.NEXT_STORY)));
        assertEquals(Screen.LIST, Bindings.screenOf(List.of(Action.THEME, Action.LINKS)));
    }
}
