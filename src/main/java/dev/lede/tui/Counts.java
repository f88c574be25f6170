package dev.lede.tui;

import java.util.Locale;

/** Numbers as the reader shows them: grouped by thousands ({@code 100,000}), with a word that agrees. */
final class Counts {

    private Counts() {
    }

    static String of(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String of(long n, String one, String many) {
        return of(n) + " " + (n == 1 ? one : many);
    }
}
