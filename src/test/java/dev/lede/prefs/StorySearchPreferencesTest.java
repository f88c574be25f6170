package dev.lede.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.keys.Action;
import dev.lede.keys.Bindings;
import dev.lede.keys.Key;
import dev.lede.keys.Screen;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The preferences of searching inside a story: the two match colours and the three keys. */
class StorySearchPreferencesTest {

    @Test
    void theMatchColoursAreReadLikeTheOthers() throws PreferencesException {
        Preferences p = PreferencesReader.read("colors: {match: '#00FF00', current_match: 208}\n", "cfg.yml")
                .preferences();
        assertEquals(new Color("#00ff00"), p.color(Element.MATCH));
        assertEquals(208, p.color(Element.CURRENT_MATCH).index());
        assertEquals(Color.THEME, Preferences.DEFAULTS.color(Element.CURRENT_MATCH));
        PreferencesException bad = assertThrows(PreferencesException.class,
                () -> PreferencesReader.read("colors: {current_match: purple}\n", "cfg.yml"));
        assertTrue(bad.getMessage().contains("1:25: colors.current_match: unknown colour 'purple'; allowed: theme"),
                bad.getMessage());
    }

    @Test
    void slashAndQuestionMarkSearchAStoryWhereHOrF1IsHelp() {
        assertEquals(List.of(Key.character('/')), Bindings.DEFAULTS.keys(Action.SEARCH_FORWARD));
        assertEquals(List.of(Key.character('?')), Bindings.DEFAULTS.keys(Action.SEARCH_BACKWARD));
        assertEquals(List.of(Key.character('H'), Key.named(Key.Type.F1)), Bindings.DEFAULTS.keys(Action.STORY_HELP));
        assertTrue(Action.HELP.serves(Screen.LIST) && !Action.HELP.serves(Screen.STORY), "? searches in a story");
        assertEquals(List.of("search_forward", "search_backward", "story_help"),
                List.of(Action.SEARCH_FORWARD.configName(), Action.SEARCH_BACKWARD.configName(),
                        Action.STORY_HELP.configName()));
    }
}
