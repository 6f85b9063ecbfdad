package org.jixiao.serve.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jixiao.model.Validate;

/**
 * Times the API under load: for each kind of request (search, facts, compare, findings, page
 * image) {@code clients} threads send requests at once over HTTP until {@code requests} were
 * answered, after a warm-up; every answer must be 200. The requests vary (terms, departments,
 * measures, pages) the way users' do, drawn from the index's own reports. Page images are timed
 * three ways: {@code page}, whole pages with a finding's boxes that the server has not kept (a
 * second server that keeps none: each is drawn), {@code page-crop}, the finding's band of such
 * pages (what the web app shows), and {@code page-kept}, pages the server has kept.
 */
public final class ServeBench {
    static final List<String> TERMS = List.of("三公经费", "结转结余", "预算执行率", "公务接待费", "政府采购", "人力资源",
            "社会保险基金", "绩效目标", "\"基本支出\"", "项目支出 执行率");
    static final List<String[]> MEASURES = List.of(new String[] {"total", "rate"}, new String[] {"total", "actual"},
            new String[] {"basic", "budget-final"}, new String[] {"sangong", "actual"}, new String[] {"project", "rate"});
    static final int WARM_UP = 16;
    /** Pages timed as kept: fewer than the server keeps. */
    static final int KEPT_PAGES = 32;

    /**
     * Percentiles of one kind of request, in milliseconds, the mean answer size, and the CPU time
     * the process (server and clients) spent per request: what a request costs when the cores are
     * shared with other work and the wall clock says little.
     */
    public record Timing(String kind, int requests, double p50, double p95, double p99, double max, long meanBytes,
                         double cpuPerRequest) {
        @Override
        public String toString() {
            return String.format("%-9s %5d requests  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %8d bytes"
                    + "  cpu %6.1f ms/request", kind, requests, p50, p95, p99, max, meanBytes, cpuPerRequest);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String drawingBase;
    private final int clients;
    private final int requests;
    private final PrintWriter progress;

    /**
     * @param base     the server, e.g. http://127.0.0.1:8080
     * @param clients  concurrent clients
     * @param requests timed requests of each kind
     */
    public ServeBench(String base, int clients, int requests, PrintWriter progress) {
        this(base, base, clients, requests, progress);
    }

    /**
     * @param drawingBase a server over the same index that keeps no page images, for the pages
     *                    timed as not kept
     */
    public ServeBench(String base, String drawingBase, int clients, int requests, PrintWriter progress) {
        this.base = Validate.notNullParam(base, "base");
        this.drawingBase = Validate.notNullParam(drawingBase, "drawingBase");
        Validate.isTrue(clients > 0 && requests > 0, "clients and requests must be positive");
        this.clients = clients;
        this.requests = requests;
        this.progress = Validate.notNullParam(progress, "progress");
    }

    public List<Timing> run() throws IOException, InterruptedException {
        JsonNode reports = get("/api/reports?limit=10000");
        List<String> departments = new ArrayList<>();
        reports.path("reports").forEach(r -> {
            if (r.hasNonNull("department") && departments.size() < 2000) {
                departments.add(r.path("department").asText());
            }
        });
        Validate.isTrue(!departments.isEmpty(), "the index has no report with a department");
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("search", i -> "/api/search?q=" + enc(TERMS.get(i % TERMS.size()))
                + (i % 2 == 0 ? "" : "&department=" + enc(pick(departments, i))));
        kinds.put("facts", i -> {
            String[] m = MEASURES.get(i % MEASURES.size());
            return "/api/facts?scope=" + m[0] + "&phase=" + m[1]
                    + (i % 2 == 0 ? "&limit=100" : "&department=" + enc(pick(departments, i)));
        });
        kinds.put("compare", i -> {
            String[] m = MEASURES.get(i % MEASURES.size());
            return "/api/compare?scope=" + m[0] + "&phase=" + m[1] + "&rows=department&cols=year";
        });
        // the same pivots without a source per cell: what a chart needs
        kinds.put("compare0", i -> {
            String[] m = MEASURES.get(i % MEASURES.size());
            return "/api/compare?scope=" + m[0] + "&phase=" + m[1] + "&rows=department&cols=year&sources=0";
        });
        kinds.put("findings", i -> "/api/findings?severity=error&limit=50"
                + (i % 2 == 0 ? "" : "&department=" + enc(pick(departments, i))));
        List<String> pages = pageImages(reports);
        if (!pages.isEmpty()) {
            List<String> boxed = pages.stream().filter(u -> u.contains("?finding=")).map(u -> u + "&crop=1").toList();
            kinds.put("page", i -> drawingBase + pages.get(i % pages.size()));
            if (!boxed.isEmpty()) {
                kinds.put("page-crop", i -> drawingBase + boxed.get(i % boxed.size()));
            }
            List<String> kept = pages.subList(0, Math.min(pages.size(), KEPT_PAGES));
            for (String u : kept) {
                fetch(u);
            }
            kinds.put("page-kept", i -> kept.get(i % kept.size()));
        } else {
            progress.println("no report with page images in this index (a PDF whose file is still there): pages not timed");
        }
        List<Timing> out = new ArrayList<>();
        for (Map.Entry<String, IntFunction<String>> k : kinds.entrySet()) {
            Timing t = time(k.getKey(), k.getValue());
            progress.println(t);
            progress.flush();
            out.add(t);
        }
        return out;
    }

    /** Every page of the first PDF reports whose files are still there, boxed with a finding where the page has one. */
    private List<String> pageImages(JsonNode reports) throws IOException, InterruptedException {
        List<String> urls = new ArrayList<>();
        int tried = 0;
        for (JsonNode r : reports.path("reports")) {
            if (!r.path("mediaType").asText().startsWith("application/pdf") || tried++ >= 20 || urls.size() > 200) {
                continue;
            }
            JsonNode detail = get("/api/reports/" + r.path("id").asText());
            if (!detail.path("pageImages").asBoolean()) {
                continue;
            }
            Map<Integer, String> findingByPage = new LinkedHashMap<>();
            detail.path("findings").forEach(f -> {
                if (f.hasNonNull("page")) {
                    findingByPage.putIfAbsent(f.path("page").asInt(), f.path("id").asText());
                }
            });
            for (int p = 1; p <= detail.path("pages").asInt(); p++) {
                String f = findingByPage.get(p);
                urls.add("/api/reports/" + r.path("id").asText() + "/pages/" + p + ".png" + (f == null ? "" : "?finding=" + f));
            }
        }
        return urls;
    }

    private Timing time(String kind, IntFunction<String> urls) throws InterruptedException {
        Random random = new Random(kind.hashCode());
        int[] order = random.ints(WARM_UP + requests, 0, 1 << 20).toArray();
        long[] nanos = new long[requests];
        long[] bytes = new long[requests];
        AtomicInteger next = new AtomicInteger();
        long cpu0 = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                jobs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < order.length; i = next.getAndIncrement()) {
                        String url = urls.apply(order[i]);
                        long t0 = System.nanoTime();
                        byte[] body = fetch(url);
                        if (i >= WARM_UP) {
                            nanos[i - WARM_UP] = System.nanoTime() - t0;
                            bytes[i - WARM_UP] = body.length;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(kind + ": " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double cpu = (processCpuNanos() - cpu0) / 1e6 / order.length;
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new Timing(kind, requests, pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1] / 1e6,
                Arrays.stream(bytes).sum() / requests, cpu);
    }

    /** CPU time of this process so far, or 0 where the JVM does not tell. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double pct(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** A path of the main server, or a whole URL. */
    private byte[] fetch(String pathAndQuery) throws IOException, InterruptedException {
        String url = pathAndQuery.startsWith("http") ? pathAndQuery : base + pathAndQuery;
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException(pathAndQuery + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body();
    }

    private JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        return json.readTree(fetch(pathAndQuery));
    }

    /** A spread-out choice: consecutive requests ask for far-apart departments. */
    private static String pick(List<String> values, int i) {
        return values.get((int) Math.floorMod(i * 7919L, (long) values.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
