package org.jixiao.index.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.jixiao.model.Validate;

/**
 * Measures an analyzer on paragraphs of real text: how often a term (department name, budget
 * term) and a printed number come out as one token, and the precision and recall of a query for
 * each term (AND of its tokens) against the paragraphs that really contain it, quotes and line
 * breaks ignored.
 */
public final class AnalyzerComparison {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?%?|\\d+\\.\\d+%?|\\d+%");
    private static final String FIELD = "text";

    /** The figures for one analyzer. */
    public record Result(String analyzer, int termOccurrences, int termWhole, int numberOccurrences, int numberWhole,
                         int truePositives, int falsePositives, int falseNegatives, long analyzeMillis) {
        public double termRecall() {
            return ratio(termWhole, termOccurrences);
        }

        public double numberRecall() {
            return ratio(numberWhole, numberOccurrences);
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        @Override
        public String toString() {
            return String.format("%-22s terms whole %4d/%-4d (%.1f%%)  numbers whole %4d/%-4d (%.1f%%)  "
                            + "query precision %.1f%% recall %.1f%%  analysis %d ms",
                    analyzer, termWhole, termOccurrences, 100 * termRecall(), numberWhole, numberOccurrences,
                    100 * numberRecall(), 100 * precision(), 100 * recall(), analyzeMillis);
        }
    }

    private AnalyzerComparison() {
    }

    /**
     * @param name     a label for the result
     * @param index    the analyzer used to index the paragraphs
     * @param query    the analyzer used to parse the queries
     * @param paras    the paragraphs
     * @param terms    terms to look for
     */
    public static Result measure(String name, Analyzer index, Analyzer query, List<String> paras, List<String> terms)
            throws IOException {
        Validate.notNullParam(paras, "paras");
        Validate.notNullParam(terms, "terms");
        int[] whole = new int[4];
        long t0 = System.nanoTime();
        for (String p : paras) {
            Set<String> tokens = tokens(query, p);
            countWhole(p, terms, tokens, whole);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        int[] pr = queryHits(index, query, paras, terms);
        return new Result(name, whole[0], whole[1], whole[2], whole[3], pr[0], pr[1], pr[2], millis);
    }

    /** Tokens as "text@start". */
    private static Set<String> tokens(Analyzer a, String text) throws IOException {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = a.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + off.startOffset());
            }
            ts.end();
        }
        return out;
    }

    private static void countWhole(String p, List<String> terms, Set<String> tokens, int[] counts) {
        List<int[]> occurrences = new ArrayList<>();
        for (String t : terms) {
            for (int at = p.indexOf(t); at >= 0; at = p.indexOf(t, at + t.length())) {
                occurrences.add(new int[] {at, at + t.length()});
            }
        }
        for (int[] o : occurrences) {
            // an occurrence inside a longer listed term counts for that term only (执行率 in 预算执行率)
            boolean nested = occurrences.stream().anyMatch(x -> x != o && x[0] <= o[0] && x[1] >= o[1]
                    && x[1] - x[0] > o[1] - o[0]);
            if (!nested) {
                counts[0]++;
                if (tokens.contains(p.substring(o[0], o[1]) + "@" + o[0])) {
                    counts[1]++;
                }
            }
        }
        Matcher m = NUMBER.matcher(p);
        while (m.find()) {
            counts[2]++;
            if (tokens.contains(m.group() + "@" + m.start())) {
                counts[3]++;
            }
        }
    }

    private static int[] queryHits(Analyzer index, Analyzer query, List<String> paras, List<String> terms)
            throws IOException {
        int[] pr = new int[3];
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(index))) {
                for (int i = 0; i < paras.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField(FIELD, paras.get(i), Field.Store.NO));
                    d.add(new StoredField("i", i));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                QueryParser qp = new QueryParser(FIELD, query);
                qp.setDefaultOperator(QueryParser.Operator.AND);
                for (String t : terms) {
                    Set<Integer> truth = new HashSet<>();
                    for (int i = 0; i < paras.size(); i++) {
                        if (squeeze(paras.get(i)).contains(t)) {
                            truth.add(i);
                        }
                    }
                    Set<Integer> got = new HashSet<>();
                    try {
                        for (ScoreDoc sd : s.search(qp.parse(QueryParser.escape(t)), Math.max(1, paras.size())).scoreDocs) {
                            got.add(s.storedFields().document(sd.doc).getField("i").numericValue().intValue());
                        }
                    } catch (ParseException e) {
                        throw new IllegalStateException("cannot parse " + t, e);
                    }
                    for (Integer i : got) {
                        pr[truth.contains(i) ? 0 : 1]++;
                    }
                    for (Integer i : truth) {
                        if (!got.contains(i)) {
                            pr[2]++;
                        }
                    }
                }
            }
        }
        return pr;
    }

    /** The paragraph without quotes and whitespace, as a reader sees the words. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s“”‘’\"「」]", "");
    }

    /** Splits texts into non-blank lines. */
    public static List<String> paragraphs(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            for (String line : t.split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }
}
