package org.jixiao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.index.ReportIndexer;
import org.jixiao.index.query.IndexView;
import org.jixiao.model.Block;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Source;

class LiveViewTest {
    private static Report report(String id, String department) {
        Block b = Block.paragraph("b0", department + "2024年预算执行率为90%。", Provenance.ofBlock(id, "b0", null, "text"));
        return new Report(id, new Source("/x/" + id + ".txt", id + ".txt", "text/plain", 10, id),
                new ReportMeta(department, null, null, 2024, "selfeval-report", null, null, null, null),
                List.of(b), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aCommitWhileServingIsSeenAndUnchangedIndexesKeepTheirView(@TempDir Path dir) throws IOException {
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        try (ReportIndexer ix = ReportIndexer.open(dir)) {
            ix.index("/x/a.txt", report(a, "甲部门"), List.of());
            ix.commit("one");
            try (LiveView live = new LiveView(dir, 0)) {
                IndexView first = live.get();
                assertEquals(1, first.reports().size());
                assertSame(first, live.get(), "nothing committed: the same view");
                ix.index("/x/b.txt", report(b, "乙部门"), List.of());
                assertSame(first, live.get(), "uncommitted changes are not seen");
                ix.commit("two");
                IndexView second = live.get();
                assertEquals(2, second.reports().size());
                assertEquals(1, first.reports().size(), "the replaced view still answers the requests reading it");
            }
        }
    }
}
