package dev.lede.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * {@link Words} as a Lucene tokenizer, so the index cuts text exactly as the highlighting does. It reads the whole
 * field (a story's text, a few KB) and writes each word straight into the term buffer, with no string per word.
 */
final class WordTokenizer extends Tokenizer {

    /** The analyzer of every lede index field. */
    static final class WordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new WordTokenizer());
        }
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private final char[] buffer = new char[8192];
    private boolean read;
    private int at;

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            for (int count; (count = input.read(buffer)) > 0; ) {
                text.append(buffer, 0, count);
            }
            read = true;
        }
        int n = text.length();
        while (at < n) {
            int end = Words.wordEnd(text, at, n);
            if (end == at) {
                at += Character.charCount(Character.codePointAt(text, at));
                continue;
            }
            clearAttributes();
            term.setEmpty();
            boolean ascii = true;
            for (int k = at; k < end; ) {
                int cp = Character.codePointAt(text, k);
                int lower = Character.toLowerCase(cp);
                if (lower < 0x10000) {
                    term.append((char) lower);
                } else {
                    term.append(new String(Character.toChars(lower)));
                }
                ascii &= cp < 0x80;
                k += Character.charCount(cp);
            }
            if (!ascii) {
                String composed = Words.composed(term);
                if (composed.length() != term.length() || !composed.contentEquals(term)) {
                    term.setEmpty().append(composed);
                }
            }
            offset.setOffset(correctOffset(at), correctOffset(end));
            at = end;
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        read = false;
        at = 0;
    }
}
