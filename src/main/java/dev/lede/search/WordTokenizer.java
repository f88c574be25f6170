package dev.lede.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * {@link Words} as a Lucene tokenizer, so the index cuts text exactly as the highlighting does. It reads the whole
 * field (a story's text, a few KB) and copies each word into the term buffer, with no string per word.
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
    /** The words of the field, once it has been read. */
    private Words.Cursor cursor;

    @Override
    public boolean incrementToken() throws IOException {
        if (cursor == null) {
            for (int count; (count = input.read(buffer)) > 0; ) {
                text.append(buffer, 0, count);
            }
            cursor = new Words.Cursor(text);
        }
        if (!cursor.next()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(cursor.word);
        offset.setOffset(correctOffset(cursor.start), correctOffset(cursor.end));
        return true;
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
        cursor = null;
    }
}
