package org.jixiao.index.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Ours against Lucene's SmartChineseAnalyzer on the sample texts. Two term lists: the dictionary's
 * own terms (what the dictionary is for) and held-out domain words that are not in it (what
 * HanLP's segmentation does alone). The figures are printed for the record.
 */
class AnalyzerComparisonIT {
    /** Budget and HR words from the samples that are NOT in terms.txt. */
    static final List<String> HELD_OUT = List.of("预算绩效管理", "职业技能培训", "劳动关系", "就业补助资金",
            "社会保险", "财政资金", "工伤认定", "非税收入", "公共就业服务", "农民工", "养老保险", "人事考试",
            "内部控制", "资产管理", "专户管理");

    private static List<String> paragraphs() throws IOException {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of("..", "samples", "selfeval"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        return AnalyzerComparison.paragraphs(texts);
    }

    @Test
    void oursKeepsTermsAndNumbersWholeWhereSmartCnSplitsThem() throws IOException {
        List<String> paras = paragraphs();
        DomainDictionary dict = DomainDictionary.standard();
        // the budget terms: our list and the labels of extract's vocabulary, which the dictionary reads too
        ClassLoader cl = getClass().getClassLoader();
        List<String> terms = new ArrayList<>(DomainDictionary.readResource(cl, DomainDictionary.TERMS_RESOURCE));
        DomainDictionary.vocabularyLabels(cl, DomainDictionary.VOCABULARY_RESOURCE).stream()
                .filter(t -> t.codePointCount(0, t.length()) >= 2 && !terms.contains(t)).forEach(terms::add);
        List<String> dictTerms = terms.stream()
                .filter(t -> paras.stream().anyMatch(p -> AnalyzerComparison.squeeze(p).contains(t))).toList();
        assertTrue(HELD_OUT.stream().noneMatch(dict::contains), "held-out words must not be in the dictionary");
        try (SmartChineseAnalyzer smart = new SmartChineseAnalyzer();
             ChineseAnalyzer ourIndex = ChineseAnalyzer.forIndex(dict);
             ChineseAnalyzer ourQuery = ChineseAnalyzer.forQuery(dict)) {
            // warm both up so the timing is not HanLP's dictionary loading
            AnalyzerComparison.measure("warm", smart, smart, paras.subList(0, 50), HELD_OUT);
            AnalyzerComparison.measure("warm", ourIndex, ourQuery, paras.subList(0, 50), HELD_OUT);
            AnalyzerComparison.Result oursDict = AnalyzerComparison.measure("jixiao (dict terms)", ourIndex, ourQuery, paras, dictTerms);
            AnalyzerComparison.Result smartDict = AnalyzerComparison.measure("smartcn (dict terms)", smart, smart, paras, dictTerms);
            AnalyzerComparison.Result oursHeld = AnalyzerComparison.measure("jixiao (held-out)", ourIndex, ourQuery, paras, HELD_OUT);
            AnalyzerComparison.Result smartHeld = AnalyzerComparison.measure("smartcn (held-out)", smart, smart, paras, HELD_OUT);
            System.out.println(paras.size() + " paragraphs, " + dictTerms.size() + " dictionary terms present, "
                    + HELD_OUT.size() + " held-out words");
            for (AnalyzerComparison.Result r : List.of(oursDict, smartDict, oursHeld, smartHeld)) {
                System.out.println(r);
            }
            assertTrue(oursDict.termRecall() > 0.95, oursDict.toString());
            assertTrue(oursDict.termRecall() > smartDict.termRecall());
            assertTrue(oursDict.numberRecall() > 0.95 && oursDict.numberRecall() > smartDict.numberRecall());
            assertTrue(oursDict.recall() >= smartDict.recall() && oursDict.precision() >= smartDict.precision(),
                    oursDict + " vs " + smartDict);
        }
    }
}
