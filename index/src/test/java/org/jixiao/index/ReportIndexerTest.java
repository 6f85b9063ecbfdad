package org.jixiao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.index.analysis.ChineseAnalyzer;
import org.jixiao.index.analysis.DomainDictionary;
import org.jixiao.model.Report;

class ReportIndexerTest {
    private static final DomainDictionary DICT = DomainDictionary.standard();
    private static List<Report> reports;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws IOException {
        reports = TestReports.all();
    }

    private ReportIndexer open(Path dir) throws IOException {
        return new ReportIndexer(FSDirectory.open(dir), ChineseAnalyzer.forIndex(DICT));
    }

    private static String path(Report r) {
        return r.source().path();
    }

    /** Indexes all, committing after every {@code batch} reports. */
    private static void indexAll(ReportIndexer ix, List<Report> rs, int batch, List<IndexOutcome> outcomes)
            throws IOException {
        int n = 0;
        for (Report r : rs) {
            outcomes.add(ix.index(path(r), r, TestReports.findings(r)));
            if (++n % batch == 0) {
                ix.commit("done " + n);
            }
        }
        ix.commit("done " + n);
    }

    private static int textBlocks(Report r) {
        return (int) r.blocks().stream().filter(b -> ChineseText.hasWords(b.text())).count();
    }

    @Test
    void indexingTheSameReportsTwiceAddsNothing() throws IOException {
        List<IndexOutcome> first = new java.util.ArrayList<>();
        List<IndexOutcome> second = new java.util.ArrayList<>();
        try (ReportIndexer ix = open(tmp)) {
            indexAll(ix, reports, 10, first);
        }
        List<String> before;
        try (Directory d = FSDirectory.open(tmp)) {
            before = IndexDump.of(d);
        }
        try (ReportIndexer ix = open(tmp)) {
            indexAll(ix, reports, 10, second);
            assertEquals(0, ix.uncommitted());
        }
        assertEquals(List.of(IndexOutcome.ADDED, IndexOutcome.ADDED, IndexOutcome.ADDED), first);
        assertEquals(List.of(IndexOutcome.UNCHANGED, IndexOutcome.UNCHANGED, IndexOutcome.UNCHANGED), second);
        try (Directory d = FSDirectory.open(tmp)) {
            assertEquals(before, IndexDump.of(d));
            Map<String, String> data = ReportIndexer.committedData(d);
            assertEquals("3", data.get(ReportIndexer.DATA_REPORTS));
            assertEquals(IndexFields.SCHEMA_VERSION, data.get(ReportIndexer.DATA_SCHEMA));
        }
        // report + blocks + 2 rows + facts + 2 findings + one per period of its canonical facts, per report
        int expected = reports.stream().mapToInt(r -> 1 + textBlocks(r) + 2 + r.facts().size() + 2
                + (int) r.facts().stream().filter(f -> f.canonical()).map(f -> String.valueOf(f.period())).distinct().count())
                .sum();
        assertEquals(expected, before.size());
    }

    @Test
    void aChangedFileReplacesItsDocumentsAndRemoveDeletesThem() throws IOException {
        Report old = reports.get(2);
        byte[] changed = (Files.readString(TestReports.SAMPLES.resolve("003_d7c6b592d197c283.txt"))
                + "\n补充说明：本报告已更正。").getBytes(StandardCharsets.UTF_8);
        Report edited = TestReports.fromText(changed, "003_d7c6b592d197c283.txt", TestReports.HR_YIYANG,
                "益阳市", "city", 2024);
        try (ReportIndexer ix = open(tmp)) {
            assertEquals(IndexOutcome.ADDED, ix.index(path(old), old, List.of()));
            ix.commit("1");
            assertEquals(IndexOutcome.REPLACED, ix.index(path(old), edited, List.of()));
            ix.commit("2");
        }
        try (Directory d = FSDirectory.open(tmp)) {
            List<String> dump = IndexDump.of(d);
            assertFalse(dump.stream().anyMatch(s -> s.contains(old.id())), "old documents left behind");
            assertTrue(dump.stream().anyMatch(s -> s.contains("本报告已更正")));
            assertEquals(1 + textBlocks(edited), dump.size());
        }
        try (ReportIndexer ix = open(tmp)) {
            assertTrue(ix.isIndexed(path(old), edited.id()));
            assertEquals(List.of(path(old)), ix.pathsUnder(TestReports.SAMPLES.toString()));
            assertTrue(ix.remove(path(old)));
            assertFalse(ix.remove(path(old)));
            ix.commit("3");
        }
        try (Directory d = FSDirectory.open(tmp)) {
            assertEquals(List.of(), IndexDump.of(d));
        }
    }

    @Test
    void anIndexOfAnotherSchemaVersionIsRefusedWithAClearMessage() throws IOException {
        try (Directory d = FSDirectory.open(tmp);
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(ReportIndexer.DATA_SCHEMA, "0").entrySet());
            w.commit();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportIndexer.open(tmp));
        assertTrue(e.getMessage().contains("schema 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> org.jixiao.index.query.IndexView.open(tmp));
    }

    @Test
    void anIndexOfSchema5IsReadButNotWrittenTo() throws IOException {
        try (Directory d = FSDirectory.open(tmp);
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(ReportIndexer.DATA_SCHEMA, "5").entrySet());
            w.commit();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportIndexer.open(tmp));
        assertTrue(e.getMessage().contains("schema 5"), e.getMessage());
        try (org.jixiao.index.query.IndexView v = org.jixiao.index.query.IndexView.open(tmp)) {
            assertEquals(0, v.reader().numDocs());
        }
    }

    @Test
    void aRunKilledHalfWayThenRerunEndsWithTheSameIndexAsAnUninterruptedRun() throws IOException {
        Path clean = tmp.resolve("clean");
        Path crashed = tmp.resolve("crashed");
        try (ReportIndexer ix = open(clean)) {
            indexAll(ix, reports, 1, new java.util.ArrayList<>());
        }
        // the "killed" run: commits the first report, writes the second, dies before its commit
        ReportIndexer dying = open(crashed);
        dying.index(path(reports.get(0)), reports.get(0), TestReports.findings(reports.get(0)));
        dying.commit("done 1");
        dying.index(path(reports.get(1)), reports.get(1), TestReports.findings(reports.get(1)));
        dying.rollback();
        try (Directory d = FSDirectory.open(crashed)) {
            // the last commit is intact and usable
            assertEquals("done 1", ReportIndexer.committedData(d).get(ReportIndexer.DATA_PROGRESS));
            assertTrue(IndexDump.of(d).stream().noneMatch(s -> s.contains(reports.get(1).id())));
        }
        List<IndexOutcome> rerun = new java.util.ArrayList<>();
        try (ReportIndexer ix = open(crashed)) {
            indexAll(ix, reports, 1, rerun);
        }
        assertEquals(List.of(IndexOutcome.UNCHANGED, IndexOutcome.ADDED, IndexOutcome.ADDED), rerun);
        try (Directory a = FSDirectory.open(clean); Directory b = FSDirectory.open(crashed)) {
            assertEquals(IndexDump.of(a), IndexDump.of(b));
        }
    }
}
