package org.jixiao.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class ChineseAnalyzerTest {
    private final DomainDictionary dict = DomainDictionary.standard();

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + off.startOffset() + "-" + off.endOffset() + "+" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }

    static List<String> terms(Analyzer a, String text) throws IOException {
        return tokens(a, text).stream().map(s -> s.substring(0, s.indexOf('@'))).toList();
    }

    @Test
    void departmentNamesAndBudgetTermsAreSingleTokens() throws IOException {
        Analyzer q = ChineseAnalyzer.forQuery(dict);
        List<String> t = terms(q, "湖南省人力资源和社会保障厅的“三公”经费和结转结余");
        assertTrue(t.contains("湖南省人力资源和社会保障厅"), t.toString());
        assertTrue(t.contains("三公经费"), t.toString());
        assertTrue(t.contains("结转结余"), t.toString());
    }

    @Test
    void quotedTermKeepsOffsetsIntoTheOriginalText() throws IOException {
        String text = "“三公”经费支出";
        List<String> t = tokens(ChineseAnalyzer.forQuery(dict), text);
        assertEquals("三公经费@1-6+1", t.get(0));
        assertEquals("三公”经费", text.substring(1, 6));
    }

    @Test
    void numbersStayWholeIncludingFullWidthForms() throws IOException {
        List<String> t = terms(ChineseAnalyzer.forQuery(dict), "全年预算数33,502.94万元，执行率86.56%，合计１，421.72亿元和８６.５％");
        assertTrue(t.contains("33,502.94"), t.toString());
        assertTrue(t.contains("86.56%"), t.toString());
        assertTrue(t.contains("1,421.72"), t.toString());
        assertTrue(t.contains("86.5%"), t.toString());
    }

    @Test
    void indexModeStacksThePartsOfATermOnItsPositions() throws IOException {
        List<String> t = tokens(ChineseAnalyzer.forIndex(dict), "湖南省人力资源和社会保障厅");
        assertEquals("湖南省人力资源和社会保障厅@0-13+1", t.get(0));
        assertTrue(t.get(1).endsWith("+0"), t.toString());
        assertTrue(t.contains("人力@3-5+1") && t.contains("资源@5-7+1"), t.toString());
    }

    @Test
    void lineBreaksInsideChineseWordsAreJoined() throws IOException {
        List<String> t = terms(ChineseAnalyzer.forQuery(dict), "结转\n结余 和 Lucene index");
        assertTrue(t.contains("结转结余"), t.toString());
        assertTrue(t.contains("lucene") && t.contains("index"), t.toString());
    }
}
