package org.jixiao.index.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Segmentations of short texts, shared by the analysis chains of one analyzer. Reports repeat
 * their vocabulary: row labels (一般公共服务支出, 工资福利支出), headers and set phrases recur in
 * every budget and self-evaluation, and HanLP's Viterbi segmentation was a fifth of the indexing
 * time. Bounded: when full it is emptied and fills again with what recurs.
 */
final class SegmentCache {
    /** Longer texts are segmented every time (long sentences rarely recur). */
    static final int MAX_CHARS = 128;
    static final int MAX_ENTRIES = 100_000;

    /** One word of a segmentation and where it starts in the segmented text. */
    record Word(String text, int offset) {
    }

    private final Map<String, Word[]> cache = new ConcurrentHashMap<>();
    private final int maxEntries;

    SegmentCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The words of {@code text} by {@code segment} (the caller's own: segments are not thread-safe). */
    Word[] seg(Segment segment, String text) {
        if (text.length() > MAX_CHARS) {
            return words(segment.seg(text));
        }
        Word[] w = cache.get(text);
        if (w == null) {
            w = words(segment.seg(text));
            if (cache.size() >= maxEntries) {
                cache.clear();
            }
            cache.put(text, w);
        }
        return w;
    }

    int size() {
        return cache.size();
    }

    private static Word[] words(List<Term> terms) {
        Word[] out = new Word[terms.size()];
        for (int i = 0; i < out.length; i++) {
            Term t = terms.get(i);
            out[i] = new Word(t.word, t.offset);
        }
        return out;
    }
}
