package dev.lede.tui;

import java.io.IOException;

/**
 * Handing the terminal back to the shell for a while, as Ctrl-Z does in less or vim: the terminal is restored as it
 * was, the process stops, and when the shell continues it ({@code fg}) the reader takes the terminal again and draws
 * everything anew.
 */
interface Suspension {

    /** No terminal to hand back (a virtual one): Ctrl-Z does nothing. */
    Suspension NONE = new Suspension() {
        @Override
        public boolean requested() {
            return false;
        }

        @Override
        public void suspend() {
        }
    };

    /** True when a SIGTSTP from outside ({@code kill -TSTP}) asked the reader to stop. */
    boolean requested();

    /** Restores the terminal, stops until continued, then takes the terminal again; the caller redraws it. */
    void suspend() throws IOException;

    /**
     * Runs a program that takes the terminal (a text browser) until it exits, then takes the terminal again; the
     * caller redraws it. With no terminal to hand over (a virtual one) the program's input is empty and its output
     * discarded.
     *
     * @return the program's exit code
     * @throws IOException when it cannot be started
     */
    default int lend(ProcessBuilder program) throws IOException, InterruptedException {
        Process process = program.redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        return process.waitFor();
    }
}
