package org.jixiao.index.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.Segment;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Tokens from, in order of precedence: printed numbers (kept whole, "33,502.94", "86.56%"),
 * dictionary terms (leftmost-longest), and HanLP's segmentation of the text between them.
 * In index mode a dictionary term is also split by HanLP into its parts, stacked on the term's
 * positions, so a search for 人力资源 still finds 湖南省人力资源和社会保障厅.
 */
final class ChineseTokenizer extends Tokenizer {
    /** Text beyond this many characters in one field value is not analyzed. */
    static final int MAX_CHARS = 1 << 20;
    static final String TYPE_NUMBER = "<NUM>";
    static final String TYPE_TERM = "<TERM>";
    static final String TYPE_PART = "<PART>";
    static final String TYPE_WORD = "<WORD>";

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?%?");

    private final DomainDictionary dictionary;
    private final Segment segment;
    private final SegmentCache cache;
    private final boolean indexMode;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final StringBuilder buffer = new StringBuilder();
    private final char[] chunk = new char[8192];
    private final List<Tok> tokens = new ArrayList<>();
    private int next;
    private int finalOffset;

    private record Tok(String text, int start, int end, int posInc, int posLen, String type) {
    }

    ChineseTokenizer(DomainDictionary dictionary, Segment segment, SegmentCache cache, boolean indexMode) {
        this.dictionary = dictionary;
        this.segment = segment;
        this.cache = cache;
        this.indexMode = indexMode;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (next >= tokens.size()) {
            return false;
        }
        Tok t = tokens.get(next++);
        termAtt.setEmpty().append(t.text);
        offsetAtt.setOffset(correctOffset(t.start), correctOffset(t.end));
        posIncAtt.setPositionIncrement(t.posInc);
        posLenAtt.setPositionLength(t.posLen);
        typeAtt.setType(t.type);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        buffer.setLength(0);
        tokens.clear();
        next = 0;
        int total = 0;
        for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
            if (total < MAX_CHARS) {
                buffer.append(chunk, 0, Math.min(n, MAX_CHARS - total));
            }
            total += n;
        }
        finalOffset = correctOffset(total);
        tokenize(CleanText.of(buffer));
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    private void tokenize(CleanText clean) {
        String text = clean.text();
        List<int[]> spans = protectedSpans(text);
        int pos = 0;
        for (int[] span : spans) {
            segmentGap(clean, pos, span[0]);
            String s = text.substring(span[0], span[1]);
            if (span[2] == 1) {
                add(clean, s, span[0], span[1], 1, 1, TYPE_NUMBER);
            } else {
                addTerm(clean, s, span[0], span[1]);
            }
            pos = span[1];
        }
        segmentGap(clean, pos, text.length());
    }

    /** Numbers and dictionary terms, non-overlapping, in order: {start, end, isNumber}. */
    private List<int[]> protectedSpans(String text) {
        List<int[]> out = new ArrayList<>();
        List<int[]> terms = dictionary.matches(text);
        Matcher m = NUMBER.matcher(text);
        int ti = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            // dictionary terms before this number (or overlapping its start) win
            while (ti < terms.size() && terms.get(ti)[0] <= m.start()) {
                int[] t = terms.get(ti++);
                if (t[0] >= from) {
                    out.add(new int[] {t[0], t[1], 0});
                    from = t[1];
                }
            }
            if (m.start() >= from) {
                out.add(new int[] {m.start(), m.end(), 1});
                from = m.end();
            } else {
                from = Math.max(from, m.start() + 1);
            }
        }
        for (; ti < terms.size(); ti++) {
            int[] t = terms.get(ti);
            if (t[0] >= from) {
                out.add(new int[] {t[0], t[1], 0});
                from = t[1];
            }
        }
        return out;
    }

    private void addTerm(CleanText clean, String s, int start, int end) {
        if (!indexMode) {
            add(clean, s, start, end, 1, 1, TYPE_TERM);
            return;
        }
        SegmentCache.Word[] parts = cache.seg(segment, s);
        List<int[]> nested = new ArrayList<>();
        for (int[] m : dictionary.allMatches(s)) {
            if (m[1] - m[0] < s.length()) {
                nested.add(m);
            }
        }
        // the automaton reports matches by where they end: offsets must not go backwards
        nested.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        add(clean, s, start, end, 1, Math.max(1, parts.length), TYPE_TERM);
        if (parts.length < 2 && nested.isEmpty()) {
            return;
        }
        // parts follow each other; a nested dictionary term is stacked on the part where it starts
        boolean first = true;
        for (SegmentCache.Word p : parts) {
            if (!isWord(p.text())) {
                continue;
            }
            int from = p.offset();
            int to = p.offset() + p.text().length();
            if (!p.text().equals(s)) {
                add(clean, p.text(), start + from, start + to, first ? 0 : 1, 1, TYPE_PART);
                first = false;
            }
            for (int[] m : nested) {
                boolean startsHere = m[0] >= from && m[0] < to;
                if (startsHere && !(m[0] == from && m[1] == to)) {
                    add(clean, s.substring(m[0], m[1]), start + m[0], start + m[1], 0, 1, TYPE_TERM);
                }
            }
        }
    }

    private void segmentGap(CleanText clean, int from, int to) {
        if (to <= from) {
            return;
        }
        String gap = clean.text().substring(from, to);
        for (SegmentCache.Word t : cache.seg(segment, gap)) {
            if (isWord(t.text())) {
                add(clean, t.text(), from + t.offset(), from + t.offset() + t.text().length(), 1, 1, TYPE_WORD);
            }
        }
    }

    private void add(CleanText clean, String s, int start, int end, int posInc, int posLen, String type) {
        tokens.add(new Tok(s.toLowerCase(Locale.ROOT), clean.start(start), clean.end(end), posInc, posLen, type));
    }

    /** Punctuation and spaces are not tokens. */
    static boolean isWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
