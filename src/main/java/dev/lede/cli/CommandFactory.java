package dev.lede.cli;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Builds what picocli asks for: a class with a constructor taking the {@link CommandContext} (a command) gets the
 * context; anything else (converters, mixins, picocli's own commands) is built as picocli would.
 */
final class CommandFactory implements IFactory {

    private final CommandContext context;

    CommandFactory(CommandContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(CommandContext.class).newInstance(context);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
