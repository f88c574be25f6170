package dev.lede.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** {@link Words} as a Lucene tokenizer, so the index cuts text exactly as the highlighting does. */
final class WordTokenizer extends Tokenizer {

    /** The analyzer of every lede index field. */
    static final class WordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new WordTokenizer());
        }
    }

    private record Token(String word, int start, int end) {
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private List<Token> tokens;
    private int next;
    private int length;

    @Override
    public boolean incrementToken() throws IOException {
        if (tokens == null) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int read; (read = input.read(buffer)) > 0; ) {
                text.append(buffer, 0, read);
            }
            length = text.length();
            List<Token> found = new ArrayList<>();
            Words.each(text, (word, start, end) -> found.add(new Token(word, start, end)));
            tokens = found;
        }
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        Token token = tokens.get(next++);
        term.setEmpty().append(token.word());
        offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens = null;
        next = 0;
        length = 0;
    }
}
