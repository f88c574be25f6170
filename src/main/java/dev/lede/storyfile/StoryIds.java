package dev.lede.storyfile;

/** Story ids from file names: {@code NNN_<id>.txt} gives {@code <id>}; any other name gives the name without its extension. */
public final class StoryIds {

    private StoryIds() {
    }

    public static String fromFileName(String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        int underscore = base.indexOf('_');
        if (underscore > 0 && underscore < base.length() - 1 && digits(base, underscore)) {
            return base.substring(underscore + 1);
        }
        return base;
    }

    private static boolean digits(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
