package dev.lede.prefs;

import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/** Values written as YAML for one line of the file: a scalar quoted only when it must be, or a flow list. */
final class YamlText {

    private YamlText() {
    }

    /** A scalar; whole numbers and booleans stay plain (the reader takes every value as the text written). */
    static String scalar(String word) {
        if (word.matches("-?[0-9]+|true|false")) {
            return word;
        }
        return dump(word);
    }

    /** A flow list such as {@code [j, Down]} or {@code ['-', z]}. */
    static String list(List<String> words) {
        return dump(words);
    }

    private static String dump(Object value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options);
        return yaml.dump(value).stripTrailing();
    }
}
