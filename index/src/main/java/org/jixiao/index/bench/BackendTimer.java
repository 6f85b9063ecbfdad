package org.jixiao.index.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.jixiao.index.IndexFields;
import org.jixiao.index.query.FactFilter;
import org.jixiao.index.query.IndexBackend;
import org.jixiao.index.query.PivotRequest;
import org.jixiao.index.query.SearchRequest;
import org.jixiao.model.Validate;

/**
 * bench-index's three kinds of request (random searches, fact lists and pivots over the report
 * variants, seeded) timed against any {@link IndexBackend}: wall clock and the querying thread's
 * CPU, from one client and then from {@code clients} at once.
 */
public final class BackendTimer {
    private final IndexBackend backend;
    private final int reports;

    /** @param reports how many variants the index holds (the requests name their departments and years) */
    public BackendTimer(IndexBackend backend, int reports) {
        this.backend = Validate.notNullParam(backend, "backend");
        Validate.isTrue(reports > 0, "reports must be positive");
        this.reports = reports;
    }

    /** One kind of request, drawn from a seeded random source. */
    public interface Query {
        void run(Random rnd) throws IOException;
    }

    /** The three kinds of request against this backend, by name: search, facts, compare. */
    public Map<String, Query> kinds() {
        Map<String, Query> kinds = new LinkedHashMap<>();
        kinds.put("search", this::search);
        kinds.put("facts", this::facts);
        kinds.put("compare", this::compare);
        return kinds;
    }

    /**
     * Each kind timed {@code runs} times by one client, then by each of {@code clients} when more
     * than one; each kind's latencies are handed to {@code each} as soon as they are measured.
     */
    public List<Latencies> time(int runs, int clients, Consumer<Latencies> each) throws IOException {
        return time(kinds(), runs, clients, each);
    }

    /**
     * Each of {@code kinds} timed {@code runs} times by one client, then by each of {@code clients}
     * when more than one, each kind's latencies handed to {@code each} when measured: a long run
     * that fails later (a server out of memory) keeps what it measured before.
     */
    public static List<Latencies> time(Map<String, Query> kinds, int runs, int clients, Consumer<Latencies> each)
            throws IOException {
        Validate.isTrue(runs > 0 && clients > 0, "runs and clients must be positive");
        List<Latencies> out = new ArrayList<>();
        for (Map.Entry<String, Query> k : kinds.entrySet()) {
            Samples s = time(runs, k.getValue(), new Random(42));
            out.add(Latencies.of(k.getKey(), s.nanos, s.cpuNanos));
            each.accept(out.get(out.size() - 1));
        }
        if (clients > 1) {
            for (Map.Entry<String, Query> k : kinds.entrySet()) {
                out.add(concurrently(k.getKey() + "×" + clients, runs, clients, k.getValue()));
                each.accept(out.get(out.size() - 1));
            }
        }
        return out;
    }

    private void search(Random rnd) throws IOException {
        String q = IndexBench.SEARCHES.get(rnd.nextInt(IndexBench.SEARCHES.size()));
        boolean filtered = rnd.nextInt(3) == 0;
        int i = rnd.nextInt(reports);
        backend.search(new SearchRequest(q, filtered ? ReportVariants.department(i) : null,
                filtered ? ReportVariants.FIRST_YEAR + i % ReportVariants.YEARS : null, 20));
    }

    private void facts(Random rnd) throws IOException {
        String[] sp = IndexBench.SCOPE_PHASES.get(rnd.nextInt(IndexBench.SCOPE_PHASES.size()));
        int i = rnd.nextInt(reports);
        String dept = rnd.nextBoolean() ? ReportVariants.department(i) : null;
        BigDecimal min = rnd.nextBoolean() ? new BigDecimal("0.8") : null;
        backend.facts(new FactFilter(sp[0], sp[1], null, dept, null, null, min, null, 100));
    }

    private void compare(Random rnd) throws IOException {
        String[] sp = IndexBench.SCOPE_PHASES.get(rnd.nextInt(IndexBench.SCOPE_PHASES.size()));
        String rows = rnd.nextInt(4) == 0 ? IndexFields.REGION : IndexFields.DEPARTMENT;
        backend.compare(new PivotRequest(FactFilter.all(1).withScopePhase(sp[0], sp[1]), rows, IndexFields.YEAR, false));
    }

    private record Samples(long[] nanos, long[] cpuNanos) {
    }

    /** Warms up with a fifth of the runs, then times each (wall clock and this thread's CPU). */
    private static Samples time(int runs, Query q, Random rnd) throws IOException {
        for (int i = 0; i < Math.max(5, runs / 5); i++) {
            q.run(rnd);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            q.run(rnd);
            nanos[i] = System.nanoTime() - t;
            cpuNanos[i] = cpu.getCurrentThreadCpuTime() - c;
        }
        return new Samples(nanos, cpuNanos);
    }

    private static Latencies concurrently(String name, int runs, int clients, Query q) throws IOException {
        List<Callable<Samples>> tasks = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random rnd = new Random(42 + c);
            tasks.add(() -> time(runs, q, rnd));
        }
        long[] nanos = new long[0];
        long[] cpu = new long[0];
        for (Samples s : BenchThreads.inParallel(tasks, "query")) {
            nanos = concat(nanos, s.nanos);
            cpu = concat(cpu, s.cpuNanos);
        }
        return Latencies.of(name, nanos, cpu);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
