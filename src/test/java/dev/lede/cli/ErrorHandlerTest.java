package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Errors, which picocli lets escape its exception handler, still end as one line and an exit code. */
class ErrorHandlerTest {

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {

        @Option(names = "--stacktrace")
        boolean stacktrace;

        private final Error error;

        Failing(Error error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }

    private static String run(Error error, int expectedCode, String... args) {
        ErrorHandler handler = new ErrorHandler();
        CommandLine cmd = new CommandLine(new Failing(error));
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err, true));
        cmd.setExecutionStrategy(handler);
        cmd.setExecutionExceptionHandler(handler);
        assertEquals(expectedCode, cmd.execute(args));
        return err.toString();
    }

    @Test
    void outOfMemoryIsOneLineThatSaysHowToGiveJavaMore() {
        assertEquals("lede: error: out of memory (Java heap space); give Java more with JAVA_OPTS=-Xmx1g, for example"
                + System.lineSeparator(), run(new OutOfMemoryError("Java heap space"), ExitCode.INTERNAL));
    }

    @Test
    void anyOtherErrorIsAnInternalErrorOnOneLine() {
        assertEquals("lede: error: internal error: java.lang.StackOverflowError (run with --stacktrace for details)"
                + System.lineSeparator(), run(new StackOverflowError(), ExitCode.INTERNAL));
    }

    @Test
    void stacktraceShowsTheErrorItself() {
        String err = run(new StackOverflowError(), ExitCode.INTERNAL, "--stacktrace");
        assertTrue(err.lines().skip(1).findFirst().orElseThrow().startsWith("java.lang.StackOverflowError"), err);
    }

    /** Another thread's failure arrives wrapped (a future, a loader): the out-of-memory line all the same. */
    @Test
    void outOfMemoryWrappedByAnotherThreadIsStillTheOutOfMemoryLine() {
        Error wrapped = new ExceptionInInitializerError(new java.util.concurrent.CompletionException(
                new IllegalStateException("loading", new OutOfMemoryError("Java heap space"))));
        assertEquals("lede: error: out of memory (Java heap space); give Java more with JAVA_OPTS=-Xmx1g, for example"
                + System.lineSeparator(), run(wrapped, ExitCode.INTERNAL));
    }

    @Test
    void outOfMemoryWithoutAMessageSaysNoNull() {
        assertEquals("lede: error: out of memory; give Java more with JAVA_OPTS=-Xmx1g, for example"
                + System.lineSeparator(), run(new OutOfMemoryError(), ExitCode.INTERNAL));
    }
}
