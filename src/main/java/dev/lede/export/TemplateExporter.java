package dev.lede.export;

import dev.lede.story.Story;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/** {@code --format template}: each story (or each of its quotes or sections) written through a {@link Template}. */
final class TemplateExporter implements Exporter {

    private final Template template;
    private final Function<Story, FieldSet> fields;

    TemplateExporter(Template template, Function<Story, FieldSet> fields) {
        this.template = template;
        this.fields = fields;
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(Iterable<Story> stories, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Story story : stories) {
            FieldSet storyFields = fields.apply(story);
            List<FieldSet> records = template.each() == null ? List.of(storyFields)
                    : template.each().records(story, storyFields);
            for (FieldSet record : records) {
                template.render(record, text);
            }
            out.append(text);
            text.setLength(0);
        }
    }
}
