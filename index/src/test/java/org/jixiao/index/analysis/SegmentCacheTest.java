package org.jixiao.index.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import com.hankcs.hanlp.seg.Segment;
import org.junit.jupiter.api.Test;

class SegmentCacheTest {
    private final Segment segment = ChineseAnalyzer.Segmenter.VITERBI.create();

    @Test
    void aCachedSegmentationIsTheSegmentersAndIsReused() {
        SegmentCache cache = new SegmentCache(10);
        String text = "一般公共服务支出和工资福利支出";
        SegmentCache.Word[] first = cache.seg(segment, text);
        List<SegmentCache.Word> direct = segment.seg(text).stream().map(t -> new SegmentCache.Word(t.word, t.offset))
                .toList();
        assertArrayEquals(direct.toArray(), first);
        assertSame(first, cache.seg(segment, text));
    }

    @Test
    void staysBoundedAndLeavesLongTextsOut() {
        SegmentCache cache = new SegmentCache(3);
        for (String s : List.of("基本支出", "项目支出", "人员经费", "公用经费", "三公经费")) {
            cache.seg(segment, s);
        }
        assertEquals(2, cache.size(), "emptied when full, then filled again");
        cache.seg(segment, "预算".repeat(SegmentCache.MAX_CHARS));
        assertEquals(2, cache.size());
    }

    @Test
    void analysisWithTheCacheGivesTheSameTokensTwice() throws Exception {
        ChineseAnalyzer a = ChineseAnalyzer.forIndex(DomainDictionary.standard());
        String text = "湖南省人力资源和社会保障厅一般公共服务支出33,502.94万元，执行率86.56%";
        assertEquals(ChineseAnalyzerTest.tokens(a, text), ChineseAnalyzerTest.tokens(a, text));
    }
}
