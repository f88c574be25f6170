package dev.lede.storyfile;

import java.util.List;

/**
 * What summarising one file gave.
 *
 * @param summary  the summary, or null when the file was skipped
 * @param problems warnings, in file order; the same as a full parse gives
 */
public record SummaryResult(Summary summary, List<Problem> problems) {

    public SummaryResult {
        problems = List.copyOf(problems);
    }
}
