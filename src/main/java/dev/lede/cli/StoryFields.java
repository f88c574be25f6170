package dev.lede.cli;

import dev.lede.export.Field;
import dev.lede.export.FieldSet;
import dev.lede.library.StoryRef;
import dev.lede.state.ReadState;
import dev.lede.story.Story;
import java.io.File;

/**
 * A story's fields for the output engine, from its listing, its reading state and (only for the fields that need
 * its text) the parsed story.
 *
 * @param position its number in the output, from 1 ({@code position}, or {@code rank} for search)
 * @param state    null when no field asks for read or starred
 * @param story    null when no field needs the text
 * @param score    the search score, NaN for list and export
 */
record StoryFields(StoryRef ref, int position, ReadState state, Story story, double score) implements FieldSet {

    @Override
    public Object get(Field field) {
        return switch (field) {
            case POSITION, RANK -> position;
            case ID -> ref.id();
            case FILE -> ref.file();
            case FOLDER -> folder(ref.file());
            case TITLE -> ref.title();
            case SECTIONS -> ref.sections();
            case READ -> state.isRead(ref.id());
            case STARRED -> state.isStarred(ref.id());
            case SCORE -> Double.isNaN(score) ? null : Math.round(score * 1000) / 1000.0;
            case LEDE -> story == null || story.lede().isEmpty() ? null : story.lede();
            default -> null;
        };
    }

    /** The folder of the file, as the user named it. */
    private static String folder(String file) {
        int slash = file.lastIndexOf(File.separatorChar);
        return slash < 0 ? "." : slash == 0 ? file.substring(0, 1) : file.substring(0, slash);
    }
}
