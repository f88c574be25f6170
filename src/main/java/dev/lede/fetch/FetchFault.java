package dev.lede.fetch;

/** Why one feed could not be fetched, in one line: the {@link FetchResult#error()} of a failed fetch. */
final class FetchFault extends Exception {

    FetchFault(String line) {
        super(line, null, false, false);
    }
}
