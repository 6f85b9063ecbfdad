package org.jixiao.index.analysis;

import java.io.Reader;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

import org.jixiao.model.Validate;

/**
 * The jixiao analyzer: full-width digits, '％' and '，' folded to ASCII, then
 * {@link ChineseTokenizer}. Use {@link #forIndex} when writing and {@link #forQuery} when parsing
 * queries: the index side also emits the parts of dictionary terms, the query side only the
 * longest units, so 三公经费 is one exact term and 人力资源 still finds the full department name.
 */
public final class ChineseAnalyzer extends Analyzer {
    /** The segmenter of {@link #forIndex} and {@link #forQuery}. */
    public static final Segmenter DEFAULT_SEGMENTER = Segmenter.VITERBI;
    /** How the text between numbers and dictionary terms is segmented. */
    public enum Segmenter {
        /** HanLP's standard segmenter (Viterbi over the core dictionary's bigrams): best words, slower. */
        VITERBI,
        /** HanLP's double-array-trie maximum matching over the same dictionaries: several times faster. */
        DICTIONARY;

        Segment create() {
            Segment s = this == VITERBI ? new ViterbiSegment() : new DoubleArrayTrieSegment();
            // person-name recognition costs a tenth of the time and reports name few people
            return s.enableOffset(true).enablePartOfSpeechTagging(false).enableCustomDictionary(true)
                    .enableNameRecognize(false);
        }
    }

    private final DomainDictionary dictionary;
    private final boolean indexMode;
    private final Segmenter segmenter;
    private final NormalizeCharMap fold;
    private final SegmentCache cache = new SegmentCache(SegmentCache.MAX_ENTRIES);

    public ChineseAnalyzer(DomainDictionary dictionary, boolean indexMode, Segmenter segmenter) {
        this.dictionary = Validate.notNullParam(dictionary, "dictionary");
        this.segmenter = Validate.notNullParam(segmenter, "segmenter");
        this.indexMode = indexMode;
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (char c = '０'; c <= '９'; c++) {
            b.add(String.valueOf(c), String.valueOf((char) ('0' + (c - '０'))));
        }
        b.add("％", "%");
        b.add("．", ".");
        // a comma between digits is a thousands separator: 1，421.72
        for (char d = '0'; d <= '9'; d++) {
            b.add(d + "，", d + ",");
            b.add((char) ('０' + (d - '0')) + "，", d + ",");
        }
        this.fold = b.build();
    }

    public static ChineseAnalyzer forIndex(DomainDictionary dictionary) {
        return new ChineseAnalyzer(dictionary, true, DEFAULT_SEGMENTER);
    }

    public static ChineseAnalyzer forQuery(DomainDictionary dictionary) {
        return new ChineseAnalyzer(dictionary, false, DEFAULT_SEGMENTER);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(fold, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // one segmenter per analysis chain: Lucene reuses a chain per thread
        return new TokenStreamComponents(new ChineseTokenizer(dictionary, segmenter.create(), cache, indexMode));
    }
}
