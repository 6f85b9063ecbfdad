package org.jixiao.crawl.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import org.jixiao.crawl.CrawlOptions;
import org.jixiao.crawl.Reason;

/**
 * HTTP with OkHttp: redirects followed here (bounded, each hop normalised and checked against the
 * scope and robots.txt), retries with back-off that honour Retry-After, and bodies read up to
 * --max-bytes. OkHttp's call timeout bounds a whole download, so a body that trickles forever
 * ends as a timeout; a body shorter than its Content-Length ends as truncated; neither is stored.
 */
public final class HttpFetcher implements AutoCloseable {
    /** Says whether a URL (a redirect target) may be fetched; null when it may. */
    public interface Gate {
        Reason check(String url) throws InterruptedException;
    }

    private static final long BASE_BACKOFF_MS = 1_000;
    private final OkHttpClient client;
    private final CrawlOptions options;
    private final Politeness politeness;

    public HttpFetcher(CrawlOptions options, Politeness politeness) {
        this.options = options;
        this.politeness = politeness;
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(1);
        long call = options.callTimeout().toMillis();
        this.client = new OkHttpClient.Builder()
                .followRedirects(false).followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .callTimeout(call, TimeUnit.MILLISECONDS)
                .connectTimeout(Math.min(call, 15_000), TimeUnit.MILLISECONDS)
                .readTimeout(Math.min(call, 30_000), TimeUnit.MILLISECONDS)
                .connectionPool(new ConnectionPool(4, 30, TimeUnit.SECONDS))
                .dispatcher(dispatcher)
                .build();
    }

    /**
     * Fetches {@code url}; with validators from an earlier fetch the request is conditional and an
     * unchanged resource answers NOT_MODIFIED.
     */
    public FetchResult fetch(String url, String etag, String lastModified, Gate gate, Normalizer normalizer)
            throws InterruptedException {
        Set<String> chain = new LinkedHashSet<>();
        String current = url;
        for (int hop = 0; ; hop++) {
            if (!chain.add(current)) {
                return FetchResult.failed(current, 0, Reason.REDIRECT_LOOP, "redirects back to " + current
                        + " after " + hop + " hops");
            }
            FetchResult r = fetchWithRetries(current, hop == 0 ? etag : null, hop == 0 ? lastModified : null);
            if (r.status() != FetchResult.Status.REDIRECT) {
                return r;
            }
            if (hop >= options.maxRedirects()) {
                return FetchResult.failed(current, r.httpStatus(), Reason.TOO_MANY_REDIRECTS,
                        "more than " + options.maxRedirects() + " redirects");
            }
            String next = normalizer.normalize(r.finalUrl());
            if (next == null) {
                return FetchResult.failed(current, r.httpStatus(), Reason.BAD_URL, "redirect to " + r.finalUrl());
            }
            Reason blocked = gate.check(next);
            if (blocked != null) {
                return FetchResult.skipped(next, blocked, "redirected to " + next);
            }
            current = next;
        }
    }

    private FetchResult fetchWithRetries(String url, String etag, String lastModified) throws InterruptedException {
        FetchResult r = null;
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            String host = Normalizer.hostKey(url);
            politeness.await(host);
            try {
                r = once(url, etag, lastModified);
            } finally {
                politeness.done(host);
            }
            long wait = retryDelay(r, attempt);
            if (wait < 0 || attempt == options.retries()) {
                return r;
            }
            Thread.sleep(wait);
        }
        return r;
    }

    /** How long to wait before retrying, or -1 when the result is final. */
    private long retryDelay(FetchResult r, int attempt) {
        boolean retryable = r.reason() == Reason.CONNECTION
                || r.reason() == Reason.HTTP_ERROR && (r.httpStatus() >= 500 || r.httpStatus() == 429);
        if (!retryable) {
            return -1;
        }
        long backoff = BASE_BACKOFF_MS << attempt;
        if (r.retryAfterMs() >= 0) {
            return r.retryAfterMs() > options.maxRetryAfter().toMillis() ? -1 : r.retryAfterMs();
        }
        return backoff;
    }

    private FetchResult once(String url, String etag, String lastModified) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            return FetchResult.failed(url, 0, Reason.BAD_URL, "not an http(s) URL");
        }
        Request.Builder rb = new Request.Builder().url(parsed)
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/pdf,application/msword,*/*;q=0.8")
                .header("Accept-Language", "zh-CN,zh;q=0.9");
        if (etag != null) {
            rb.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            rb.header("If-Modified-Since", lastModified);
        }
        try (Response resp = client.newCall(rb.build()).execute()) {
            return read(url, resp);
        } catch (InterruptedIOException e) {
            return FetchResult.failed(url, 0, Reason.TIMEOUT, "no complete answer within "
                    + options.callTimeout().toSeconds() + " s (" + e.getMessage() + ")");
        } catch (ProtocolException | EOFException e) {
            return FetchResult.failed(url, 0, Reason.TRUNCATED, "the body ended early: " + e.getMessage());
        } catch (IOException e) {
            return FetchResult.failed(url, 0, Reason.CONNECTION, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private FetchResult read(String url, Response resp) throws IOException {
        int code = resp.code();
        if (code == 304) {
            return new FetchResult(FetchResult.Status.NOT_MODIFIED, url, code, null, null,
                    resp.header("ETag"), resp.header("Last-Modified"), null, null, -1);
        }
        if (code >= 300 && code < 400 && code != 304) {
            String loc = resp.header("Location");
            HttpUrl target = loc == null ? null : resp.request().url().resolve(loc);
            if (target == null) {
                return FetchResult.failed(url, code, Reason.HTTP_ERROR, "redirect " + code + " without a usable Location");
            }
            return new FetchResult(FetchResult.Status.REDIRECT, target.toString(), code, null, null, null, null, null,
                    null, -1);
        }
        if (code < 200 || code >= 300) {
            long after = retryAfterMs(resp.header("Retry-After"));
            return new FetchResult(FetchResult.Status.FAILED, url, code, null, null, null, null, Reason.HTTP_ERROR,
                    "HTTP " + code + (after >= 0 ? " (Retry-After " + after / 1000 + " s)" : ""), after);
        }
        ResponseBody body = resp.body();
        long declared = body.contentLength();
        if (declared > options.maxBytes()) {
            return FetchResult.failed(url, code, Reason.TOO_LARGE, "Content-Length " + declared + " is more than "
                    + options.maxBytes() + " bytes");
        }
        byte[] bytes = readCapped(body.byteStream());
        if (bytes == null) {
            boolean gzip = resp.networkResponse() != null
                    && "gzip".equalsIgnoreCase(resp.networkResponse().header("Content-Encoding"));
            return FetchResult.failed(url, code, Reason.TOO_LARGE, (gzip ? "the gzip-encoded body expands past " : "the body is more than ")
                    + options.maxBytes() + " bytes");
        }
        if (declared >= 0 && bytes.length != declared) {
            return FetchResult.failed(url, code, Reason.TRUNCATED, bytes.length + " bytes of " + declared + " announced");
        }
        return new FetchResult(FetchResult.Status.OK, url, code, bytes, resp.header("Content-Type"),
                resp.header("ETag"), resp.header("Last-Modified"), null, null, -1);
    }

    /** The body, or null when it is longer than the limit (what was read is dropped). */
    private byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) >= 0; ) {
            total += n;
            if (total > options.maxBytes()) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Retry-After as milliseconds (seconds or an HTTP date), -1 when absent or unreadable. */
    static long retryAfterMs(String v) {
        if (v == null || v.isBlank()) {
            return -1;
        }
        String s = v.trim();
        if (s.chars().allMatch(Character::isDigit)) {
            try {
                return Math.multiplyExact(Long.parseLong(s), 1000L);
            } catch (ArithmeticException | NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }
        try {
            ZonedDateTime t = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Math.max(0, Duration.between(ZonedDateTime.now(t.getZone()), t).toMillis());
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
