package org.jixiao.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A mirror of a disclosure site on 127.0.0.1, built from corpus files in {@code /site/}: two
 * departments (湖南省人社厅 with a GB2312 listing paged as index_1.html, 益阳市人社局 paged with
 * ?page=2), detail pages with attachments, a page whose body is the report, a zip of reports,
 * robots.txt with Disallow and Crawl-delay, and hostile endpoints (a body that trickles forever, a
 * redirect loop, 500, 503 with Retry-After, 404, a lying Content-Length, a wrong Content-Type, a
 * gzip bomb, links out of scope, duplicates differing in query order or fragment). Static files
 * answer conditional GETs with 304. Tests can publish new files and count requests.
 */
public final class TestSite implements AutoCloseable {
    /** One request the site answered, with the time it arrived. */
    public record Hit(String path, long atMillis, int status) {
    }

    /** Reports a full crawl of the site stores: 5 files and pages, and 1 member of the zip. */
    public static final int DOCUMENTS = 6;

    private static final String LAST_MODIFIED = "Wed, 01 Apr 2026 08:00:00 GMT";
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final List<String> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final String crawlDelay;

    private record Resource(byte[] bytes, String contentType) {
    }

    public TestSite() throws IOException {
        this("0.05");
    }

    /** @param crawlDelay the robots.txt Crawl-delay in seconds */
    public TestSite(String crawlDelay) throws IOException {
        this.crawlDelay = crawlDelay;
        // without TCP_NODELAY the JDK server's separate header and body writes wait ~40 ms for delayed ACKs
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        buildStatic();
        java.util.Objects.requireNonNull(Bomb.GZ, "bomb");
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String seed() {
        return base() + "/";
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public void clearHits() {
        hits.clear();
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestSite.class.getResourceAsStream("/site/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /site/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes a new attachment on 益阳's first listing page (through a new detail page). */
    public void publish(String fileName, String linkText, byte[] bytes) {
        int n = published.size() + 1;
        String detail = "/yiyang/art/new" + n + ".html";
        resources.put("/yiyang/files/" + fileName, new Resource(bytes, "application/octet-stream"));
        resources.put(detail, html(linkText, "<h1>" + linkText + "</h1><p>附件：<a href=\"../files/" + fileName + "\">"
                + linkText + "</a></p>", StandardCharsets.UTF_8));
        published.add("<li><a href=\"art/new" + n + ".html\">" + linkText + "</a></li>");
    }

    /** Replaces the bytes of a static path (a corrected report). */
    public void replace(String path, byte[] bytes) {
        Resource old = resources.get(path);
        resources.put(path, new Resource(bytes, old == null ? "application/octet-stream" : old.contentType()));
    }

    private void buildStatic() throws IOException {
        Charset gb = Charset.forName("GB2312");
        resources.put("/robots.txt", new Resource(("User-agent: *\nDisallow: /private/\nCrawl-delay: " + crawlDelay
                + "\n\nUser-agent: badbot\nDisallow: /\n").getBytes(StandardCharsets.US_ASCII), "text/plain"));
        resources.put("/", html("人力资源和社会保障信息公开", """
                <ul>
                <li><a href="/hrss/index.html">湖南省人力资源和社会保障厅 预决算公开</a></li>
                <li><a href="/yiyang/list?page=1">益阳市人力资源和社会保障局 绩效评价</a></li>
                <li><a href="http://www.gov.cn/">中国政府网</a></li>
                <li><a href="mailto:xxgk@example.gov.cn">联系我们</a></li>
                <li><a href="javascript:void(0)">打印本页</a></li>
                <li><a href="/private/secret.html">内部资料</a></li>
                <li><img src="/images/logo.png"><a href="/images/logo.png">标志</a></li>
                </ul>""", StandardCharsets.UTF_8));
        // 湖南: GB2312 pages, paged by index_N.html
        resources.put("/hrss/index.html", gbPage("湖南省人力资源和社会保障厅 预决算公开", """
                <ul><li><a href="art/2025/t1.html">湖南省人力资源和社会保障厅2025年度部门整体支出绩效自评报告</a></li>
                <li><a href="art/2025/t2.html#top">2025年度部门整体支出绩效自评报告（网页版）</a></li>
                <li><a href="./art/2025/t1.html#content">重复链接</a></li></ul>
                <div class="page"><a href="index_1.html">下一页</a></div>""", gb));
        resources.put("/hrss/index_1.html", gbPage("湖南省人力资源和社会保障厅 预决算公开 第2页", """
                <ul><li><a href="art/2024/t3.html">湖南省人力资源和社会保障厅2024年度绩效自评附件</a></li></ul>
                <div class="page"><a href="index.html">上一页</a></div>""", gb));
        resources.put("/hrss/art/2025/t1.html", gbPage("湖南省人力资源和社会保障厅2025年度部门整体支出绩效自评报告", """
                <h1>湖南省人力资源和社会保障厅2025年度部门整体支出绩效自评报告</h1><p>发布时间：2026-05-20</p>
                <p>附件：<a href="/hrss/files/download.jsp?type=docx&amp;id=2025">2025年度部门整体支出绩效自评报告.docx</a></p>
                <p><a href="/hrss/files/download.jsp?id=2025&amp;type=docx">下载</a></p>""", gb));
        resources.put("/hrss/files/download.jsp?id=2025&type=docx", new Resource(resource("000_c5690e2b1ac97a5d.docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        resources.put("/hrss/art/2025/t2.html", bodyReport());
        resources.put("/hrss/art/2024/t3.html", gbPage("湖南省人力资源和社会保障厅2024年度绩效自评附件", """
                <p>附件：<a href="/hrss/files/2024fj.txt">2024年度部门整体支出绩效自评附件1-14</a></p>""", gb));
        resources.put("/hrss/files/2024fj.txt", new Resource(resource("001_cc1de7232e773706.txt"), "text/plain"));
        buildYiyang();
        resources.put("/private/secret.html", html("内部", "<a href=\"/private/secret.pdf\">内部</a>", StandardCharsets.UTF_8));
    }

    private void buildYiyang() throws IOException {
        resources.put("/yiyang/art/t4.html", html("益阳市人力资源和社会保障局2024年度部门整体支出绩效自评报告", """
                <h1>益阳市人力资源和社会保障局2024年度部门整体支出绩效自评报告</h1>
                <p>附件：<a href="../files/2024zpbg.pdf" title="益阳市人社局2024年度部门整体支出绩效自评报告">点击下载</a></p>
                """, StandardCharsets.UTF_8));
        // a PDF served as text/html: the crawler must sniff the bytes
        resources.put("/yiyang/files/2024zpbg.pdf", new Resource(resource("003_d7c6b592d197c283.pdf"), "text/html; charset=utf-8"));
        resources.put("/yiyang/art/t5.html", html("益阳市人力资源和社会保障局2024年度绩效自评报告（压缩包）", """
                <p>附件：<a href="../files/2024bg.zip">益阳市人社局2024年度绩效自评报告及附表.zip</a></p>""",
                StandardCharsets.UTF_8));
        resources.put("/yiyang/files/2024bg.zip", new Resource(zip(), "application/zip"));
        resources.put("/yiyang/art/t6.html", html("益阳市人力资源和社会保障局 其他公开文件", """
                <ul><li><a href="/hostile/trickle.pdf">2024年度决算公开（慢）</a></li>
                <li><a href="/hostile/loop1">2024年度预算公开（循环跳转）</a></li>
                <li><a href="/hostile/error.pdf">2023年度决算公开（服务器错误）</a></li>
                <li><a href="/hostile/busy.pdf">2023年度预算公开（繁忙）</a></li>
                <li><a href="/hostile/flaky.txt">2024年度绩效自评报告（文本）</a></li>
                <li><a href="/hostile/missing.pdf">2022年度决算公开（已删除）</a></li>
                <li><a href="/hostile/lying.pdf">2022年度预算公开（长度不符）</a></li>
                <li><a href="/hostile/bomb.pdf">2021年度决算公开（压缩炸弹）</a></li>
                <li><a href="/private/secret.pdf">内部文件</a></li>
                <li><a href="http://localhost:%d/yiyang/files/2024zpbg.pdf">另一主机</a></li>
                <li><a href="/yiyang/art/t4.html?b=2&amp;a=1">重复</a><a href="/yiyang/art/t4.html?a=1&amp;b=2#x">重复</a></li>
                </ul>""".formatted(server.getAddress().getPort()), StandardCharsets.UTF_8));
        resources.put("/yiyang/art/t4.html?a=1&b=2", resources.get("/yiyang/art/t4.html"));
    }

    private Resource yiyangList(int page) {
        String items = page == 1
                ? String.join("\n", published) + "<li><a href=\"art/t4.html\">益阳市人力资源和社会保障局2024年度部门整体支出绩效自评报告</a></li>"
                  + "<li><a href=\"art/t5.html\">2024年度绩效自评报告及附表（压缩包）</a></li>"
                : "<li><a href=\"art/t6.html\">其他公开文件</a></li>";
        String pager = page == 1 ? "<a href=\"list?page=2\">下一页</a>" : "<a href=\"list?page=1\">首页</a>";
        return html("益阳市人力资源和社会保障局 绩效评价 第" + page + "页", "<ul>" + items + "</ul><div>" + pager + "</div>",
                StandardCharsets.UTF_8);
    }

    private Resource bodyReport() {
        String page = new String(resource("000_c5690e2b1ac97a5d.html"), StandardCharsets.UTF_8)
                .replace("<title>000_c5690e2b1ac97a5d</title>", "<title>湖南省人力资源和社会保障厅2025年度部门整体支出绩效自评报告</title>")
                .replace("<body>", "<body><div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/hrss/index.html\">预决算公开</a></div>");
        return new Resource(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // names in GBK without the UTF-8 flag, as zips made on Chinese Windows are
        try (ZipOutputStream z = new ZipOutputStream(out, Charset.forName("GBK"))) {
            z.putNextEntry(new ZipEntry("益阳市人社局2024年度部门整体支出绩效自评报告.docx"));
            z.write(resource("003_d7c6b592d197c283.docx"));
            z.putNextEntry(new ZipEntry("附表/说明.png"));
            z.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static Resource html(String title, String body, Charset cs) {
        String meta = cs.equals(StandardCharsets.UTF_8) ? "<meta charset=\"utf-8\">"
                : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
        String page = "<!DOCTYPE html><html><head>" + meta + "<title>" + title + "</title></head><body>" + body
                + "</body></html>";
        return new Resource(page.getBytes(cs), "text/html");
    }

    private static Resource gbPage(String title, String body, Charset gb) {
        return html(title, body, gb);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery();
        String key = query == null ? path : path + "?" + query;
        long start = System.currentTimeMillis();
        int status;
        try {
            status = route(ex, path, key);
        } catch (IOException e) {
            status = -1;
        } finally {
            ex.close();
        }
        hits.add(new Hit(key, start, status));
    }

    private int route(HttpExchange ex, String path, String key) throws IOException {
        switch (path) {
            case "/yiyang/list":
                return serve(ex, yiyangList("page=2".equals(ex.getRequestURI().getRawQuery()) ? 2 : 1));
            case "/hostile/trickle.pdf":
                return trickle(ex);
            case "/hostile/loop1":
                return redirect(ex, "/hostile/loop2");
            case "/hostile/loop2":
                return redirect(ex, base() + "/hostile/loop1");
            case "/hostile/error.pdf":
                return status(ex, 500, null);
            case "/hostile/busy.pdf":
                return status(ex, 503, "1");
            case "/hostile/flaky.txt":
                if (flakyCalls.incrementAndGet() % 2 == 1) {
                    return status(ex, 503, "1");
                }
                return serve(ex, new Resource(resource("003_d7c6b592d197c283.txt"), "text/plain; charset=utf-8"));
            case "/hostile/lying.pdf":
                ex.sendResponseHeaders(200, 100_000);
                ex.getResponseBody().write(resource("003_d7c6b592d197c283.pdf"), 0, 1000);
                return 200;
            case "/hostile/bomb.pdf":
                return bomb(ex);
            default:
                Resource r = resources.get(key);
                return r == null ? status(ex, 404, null) : serve(ex, r);
        }
    }

    private int serve(HttpExchange ex, Resource r) throws IOException {
        String etag = "\"" + HexFormat.of().formatHex(ContentStore.sha256(r.bytes()).getBytes(StandardCharsets.US_ASCII), 0, 8) + "\"";
        ex.getResponseHeaders().set("ETag", etag);
        ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
        ex.getResponseHeaders().set("Content-Type", r.contentType());
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return 304;
        }
        ex.sendResponseHeaders(200, r.bytes().length);
        ex.getResponseBody().write(r.bytes());
        return 200;
    }

    private static int status(HttpExchange ex, int code, String retryAfter) throws IOException {
        if (retryAfter != null) {
            ex.getResponseHeaders().set("Retry-After", retryAfter);
        }
        byte[] b = ("<html><body>error " + code + "</body></html>").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(code, b.length);
        ex.getResponseBody().write(b);
        return code;
    }

    private static int redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(302, -1);
        return 302;
    }

    private static int trickle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/pdf");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        try {
            for (int i = 0; i < 6000; i++) {
                out.write(' ');
                out.flush();
                TimeUnit.MILLISECONDS.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 200;
    }

    /** 128 MB of zeros, gzipped once: compressing it on every request took seconds on a loaded machine. */
    private static final class Bomb {
        static final byte[] GZ = gzipZeros(128);

        private static byte[] gzipZeros(int megabytes) {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < megabytes; i++) {
                    g.write(zeros);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return gz.toByteArray();
        }
    }

    private static int bomb(HttpExchange ex) throws IOException {
        byte[] gz = Bomb.GZ;
        ex.getResponseHeaders().set("Content-Type", "application/pdf");
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        ex.sendResponseHeaders(200, gz.length);
        ex.getResponseBody().write(gz);
        return 200;
    }

    /** Requests per path. */
    public Map<String, Long> hitCounts() {
        Map<String, Long> m = new java.util.TreeMap<>();
        for (Hit h : hits) {
            m.merge(h.path(), 1L, Long::sum);
        }
        return m;
    }

    /** Statuses of all hits. */
    public List<Integer> statuses() {
        List<Integer> out = new ArrayList<>();
        for (Hit h : hits) {
            out.add(h.status());
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
