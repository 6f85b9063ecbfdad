package org.jixiao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jixiao.serve.bench.ServeBench;

/** The API bench on the fixture's index: every kind is timed, page images included (the PDF is on disk). */
class ServeBenchIT {
    @Test
    void timesEveryKindOfRequest() throws Exception {
        ServeFixture fx = ServeFixture.get();
        StringWriter progress = new StringWriter();
        List<ServeBench.Timing> t = new ServeBench(fx.base(), 3, 12, new PrintWriter(progress, true)).run();
        assertEquals(List.of("search", "facts", "compare", "compare0", "findings", "page", "page-crop", "page-kept"), t.stream().map(ServeBench.Timing::kind).toList(),
                progress.toString());
        for (ServeBench.Timing x : t) {
            assertEquals(12, x.requests());
            assertTrue(x.p50() > 0 && x.p50() <= x.p95() && x.p95() <= x.p99() && x.p99() <= x.max(), x.toString());
            assertTrue(x.meanBytes() > 100, x.toString());
        }
    }
}
