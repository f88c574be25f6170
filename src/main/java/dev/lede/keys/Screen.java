package dev.lede.keys;

/**
 * Where the reader takes actions. A key may serve one action on one screen and another elsewhere (Enter opens a story
 * on the list and folds a section in a story); bound to two actions of one screen, only one of them is reached. The
 * preferences screen reads keys itself (typing needs every key) and serves no action.
 */
public enum Screen {
    /** The story list. */
    LIST,
    /** A filter kept over the story list: the list's actions go on working, and {@link Action#BACK} clears it. */
    FILTER,
    /** One story. */
    STORY,
    /** The warnings loading the library gave. */
    WARNINGS,
    /** The screen shown while the library loads. */
    LOADING,
    /** The feeds and folders of the library, each with its unread and total counts. */
    GROUPS,
    /** A story's links, numbered. */
    LINKS;

    /** Where the screen is, for a message: {@code in a story}, {@code on the story list}. */
    public String where() {
        return switch (this) {
            case LIST -> "on the story list";
            case FILTER -> "on a filtered list";
            case STORY -> "in a story";
            case WARNINGS -> "on the warnings screen";
            case LOADING -> "while the library loads";
            case GROUPS -> "on the groups screen";
            case LINKS -> "on the links screen";
        };
    }
}
