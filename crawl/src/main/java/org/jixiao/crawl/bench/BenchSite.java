package org.jixiao.crawl.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A disclosure site on 127.0.0.1 with {@code n} documents: listing pages of 50 links each, chained
 * by 下一页, and documents that are the seed files with a distinct trailer (so each has its own
 * sha-256) with an ETag, so a re-crawl costs 304s. Bodies are generated on request; nothing is written to disk.
 */
public final class BenchSite implements AutoCloseable {
    static final int PER_PAGE = 50;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "bench-site");
        t.setDaemon(true);
        return t;
    });
    private final List<byte[]> seeds;
    private final List<String> names;
    private final int n;

    /**
     * @param seeds bytes of real documents, served in turn
     * @param names their file names (for the extension)
     * @param n     documents on the site
     */
    public BenchSite(List<byte[]> seeds, List<String> names, int n) throws IOException {
        if (seeds.isEmpty() || seeds.size() != names.size() || n < 1) {
            throw new IllegalArgumentException("at least one seed document and one document on the site are needed");
        }
        this.seeds = List.copyOf(seeds);
        this.names = List.copyOf(names);
        this.n = n;
        // without TCP_NODELAY the JDK server's separate header and body writes wait ~40 ms for delayed ACKs
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public String seed() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/list_0.html";
    }

    /** Bytes of document {@code i}: seed {@code i mod k} and a trailer naming {@code i}. */
    public byte[] document(int i) {
        byte[] s = seeds.get(i % seeds.size());
        byte[] tail = ("\n%jixiao-bench-" + i + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[s.length + tail.length];
        System.arraycopy(s, 0, out, 0, s.length);
        System.arraycopy(tail, 0, out, s.length, tail.length);
        return out;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.startsWith("/list_")) {
                int page = Integer.parseInt(path.substring(6, path.indexOf('.')));
                body = listing(page).getBytes(StandardCharsets.UTF_8);
                type = "text/html; charset=utf-8";
            } else if (path.startsWith("/doc/")) {
                String file = path.substring(5);
                int i = Integer.parseInt(file.substring(0, file.indexOf('_')));
                String etag = "\"d" + i + "\"";
                ex.getResponseHeaders().set("ETag", etag);
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                    return;
                }
                body = document(i);
                type = "application/octet-stream";
            } else {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (RuntimeException e) {
            ex.sendResponseHeaders(400, -1);
        }
    }

    private String listing(int page) {
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>预决算公开 第")
                .append(page + 1).append("页</title></head><body><ul>");
        int from = page * PER_PAGE;
        for (int i = from; i < Math.min(n, from + PER_PAGE); i++) {
            String name = names.get(i % names.size());
            String ext = name.substring(name.lastIndexOf('.') + 1);
            sb.append("<li><a href=\"/doc/").append(i).append('_').append("report.").append(ext)
                    .append("\">第").append(i).append("号 部门预算公开</a></li>");
        }
        sb.append("</ul>");
        if (from + PER_PAGE < n) {
            sb.append("<a href=\"/list_").append(page + 1).append(".html\">下一页</a>");
        }
        return sb.append("</body></html>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
