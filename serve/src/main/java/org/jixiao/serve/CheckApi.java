package org.jixiao.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import org.jixiao.model.Validate;

/**
 * {@code POST /api/check}: exactly one file in a multipart/form-data body. A body that is not
 * multipart is a 415, no file or several files a 400, more bytes than the limit a 413 (judged from
 * Content-Length before anything is read when the client sends one).
 */
public final class CheckApi {
    /** Room for the multipart headers and boundaries around the file. */
    static final long ENVELOPE = 64 * 1024;
    private final UploadChecker checker;
    private final Responses out;
    private final long maxBytes;

    public CheckApi(UploadChecker checker, Responses out, long maxBytes) {
        this.checker = Validate.notNullParam(checker, "checker");
        this.out = Validate.notNullParam(out, "out");
        this.maxBytes = maxBytes;
    }

    public void check(Context ctx) throws IOException {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiException(415, "send the report as multipart/form-data with one file field");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes + ENVELOPE) {
            throw tooLarge(ctx);
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (Exception e) {
            // Jetty refuses parts over the multipart limits, and bodies it cannot parse (a
            // ServletException, thrown through Kotlin unchecked)
            if (sizeRelated(e)) {
                throw tooLarge();
            }
            throw new ApiException(400, "the multipart body cannot be read", e);
        }
        if (files.size() != 1) {
            throw ApiException.badRequest("send exactly one file (got " + files.size() + ")");
        }
        UploadedFile f = files.get(0);
        if (f.size() > maxBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = f.content()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        out.json(ctx, checker.check(bytes, fileName(f.filename())));
    }

    /**
     * The 413 for a declared length, after reading (and discarding) the body up to twice the limit: a
     * server that answers and closes while the client is still sending resets the connection, and
     * most clients then lose the answer. Larger bodies are cut off; the client sees a closed
     * connection. (A chunked body refused by the multipart parser is answered by Jetty, which
     * closes the connection cleanly itself.)
     */
    private ApiException tooLarge(Context ctx) {
        long cap = 2 * (maxBytes + ENVELOPE);
        byte[] sink = new byte[64 * 1024];
        try {
            InputStream in = ctx.req().getInputStream();
            for (long read = 0; read < cap; ) {
                int n = in.read(sink, 0, (int) Math.min(sink.length, cap - read));
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (IOException | RuntimeException e) {
            // the body is unreadable or already consumed by the parser: nothing left to drain
        }
        return tooLarge();
    }

    private ApiException tooLarge() {
        return new ApiException(413, "the file is larger than the limit of " + maxBytes / (1024 * 1024) + " MB");
    }

    private static boolean sizeRelated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (m.contains("exceeds") || m.contains("too large") || m.contains("max") && m.contains("size")) {
                return true;
            }
        }
        return false;
    }

    /** The last path element of the client's file name, without control characters. */
    static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String s = name.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").trim();
        if (s.length() > 200) {
            s = s.substring(s.length() - 200);
        }
        return s.isEmpty() ? "upload" : s;
    }
}
