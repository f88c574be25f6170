package dev.lede.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which action a key triggers: precedence, then the user's binding, then declaration order. */
class BindingsTest {

    private static final Key Q = Key.parse("q");
    private static final Set<Action> FILTERED_LIST = with(Action.on(Screen.LIST), Action.on(Screen.FILTER));

    private static Set<Action> with(Set<Action> a, Set<Action> b) {
        EnumSet<Action> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }

    @Test
    void qClearsAKeptFilterBeforeItQuits() {
        assertEquals(Optional.of(Action.BACK), Bindings.DEFAULTS.action(Q, FILTERED_LIST));
        assertEquals(Optional.of(Action.QUIT), Bindings.DEFAULTS.action(Q, Action.on(Screen.LIST)));
        assertEquals(Action.Precedence.FIRST, Action.BACK.precedence());
    }

    @Test
    void precedenceWinsOverTheUsersBindingAndOverDeclarationOrder() {
        Bindings quitRebound = Bindings.DEFAULTS.with(Action.QUIT, List.of(Q, Key.parse("x")));
        assertEquals(Optional.of(Action.BACK), quitRebound.action(Q, FILTERED_LIST), "QUIT bound by the user");
        Key x = Key.parse("x");
        Bindings both = Bindings.DEFAULTS.with(Action.DOWN, List.of(x)).with(Action.BACK, List.of(x));
        assertTrue(Action.DOWN.ordinal() < Action.BACK.ordinal());
        assertEquals(Optional.of(Action.BACK), both.action(x, Action.on(Screen.STORY)), "DOWN is declared first");
    }

    @Test
    void aKeyTheUserBoundWinsOverADefaultOfTheSamePrecedence() {
        Key j = Key.parse("j");
        Bindings keys = Bindings.DEFAULTS.with(Action.NEXT_SECTION, List.of(j));
        assertEquals(Optional.of(Action.NEXT_SECTION), keys.action(j, Action.on(Screen.STORY)));
        assertEquals(Optional.of(Action.DOWN), keys.action(j, Action.on(Screen.LIST)));
        assertEquals(Optional.empty(), keys.action(Key.parse("Z"), Action.on(Screen.STORY)));
    }

    @Test
    void theDefaultsShareKeysOnlyAcrossScreens() {
        assertEquals(Map.of(), Bindings.DEFAULTS.sharedKeys());
        assertEquals(List.of(Key.parse("Enter"), Key.parse("Right"), Key.parse("l")),
                Bindings.DEFAULTS.keys(Action.OPEN));
        assertEquals(List.of(Q), Bindings.DEFAULTS.keys(Action.QUIT));
    }

    @Test
    void aKeyOfTwoActionsOfOneScreenIsShared() {
        Key j = Key.parse("j");
        Bindings keys = Bindings.DEFAULTS.with(Action.NEXT_STORY, List.of(Key.parse("x"), j));
        assertEquals(Map.of(j, List.of(Action.DOWN, Action.NEXT_STORY)), keys.sharedKeys());
        Bindings acrossScreens = Bindings.DEFAULTS.with(Action.WARNINGS, List.of(Key.parse("n")));
        assertEquals(Map.of(), acrossScreens.sharedKeys(), "n finds the next match only in a story");
    }

    @Test
    void everyActionServesAScreenAndHasAName() {
        for (Action action : Action.values()) {
            assertTrue(EnumSet.allOf(Screen.class).stream().anyMatch(action::serves), action.name());
            assertEquals(action, Action.valueOf(action.configName().toUpperCase(Locale.ROOT)));
        }
    }
}
