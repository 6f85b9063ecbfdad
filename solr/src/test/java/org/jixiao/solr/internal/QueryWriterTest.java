package org.jixiao.solr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;

import org.jixiao.index.analysis.ChineseAnalyzer;
import org.jixiao.index.analysis.DomainDictionary;

class QueryWriterTest {
    private static String write(String query) throws Exception {
        QueryParser p = new QueryParser("text", new WhitespaceAnalyzer());
        p.setDefaultOperator(QueryParser.Operator.AND);
        return QueryWriter.write(p.parse(query));
    }

    @Test
    void termsPhrasesAndOperatorsKeepTheirMeaning() throws Exception {
        assertEquals("text:预算", write("预算"));
        assertEquals("(+text:预算 +text:执行率)", write("预算 执行率"));
        assertEquals("(+text:预算 -text:三公)", write("预算 -三公"));
        assertEquals("text:\"项目 支出\"", write("\"项目 支出\""));
        assertEquals("text:\"项目 支出\"~2", write("\"项目 支出\"~2"));
        assertEquals("(text:a text:b)", write("a OR b"));
        assertEquals("text:预算*", write("预算*"));
    }

    @Test
    void charactersSolrReadsAsSyntaxAreEscaped() throws Exception {
        assertEquals("text:86.56%", write("86.56%"));
        assertEquals("text:a\\:b", QueryWriter.write(new org.apache.lucene.search.TermQuery(new Term("text", "a:b"))));
    }

    @Test
    void aChineseQuerySplitIntoWordsBecomesTheirConjunction() throws Exception {
        QueryParser p = new QueryParser("text", ChineseAnalyzer.forQuery(DomainDictionary.standard()));
        p.setDefaultOperator(QueryParser.Operator.AND);
        String s = QueryWriter.write(p.parse("人力资源 社会保障"));
        // every word the analyzer made is required, and together they spell the query
        assertTrue(s.matches("\\((\\+text:\\p{IsHan}+ ?)+\\)"), s);
        assertEquals("人力资源社会保障", s.replaceAll("[()+ ]|text:", ""));
    }

    @Test
    void anEmptyQueryMatchesNothingAndUnknownKindsAreRefused() {
        assertEquals(QueryWriter.NOTHING, QueryWriter.write(new BooleanQuery.Builder().build()));
        assertThrows(IllegalArgumentException.class, () -> QueryWriter.write(new FuzzyQuery(new Term("text", "x"))));
    }
}
