package org.jixiao.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectWriter;

import io.javalin.http.Context;

import org.jixiao.corpus.ReportJson;

/** Writing JSON and CSV answers, and the paging every list shares. */
public final class Responses {
    /** Rows of a list answer that {@code offset + limit} may reach: deeper paging is a 400. */
    public static final int MAX_WINDOW = 10_000;
    /** The report JSON conventions, but unknown values are written as null: clients find every key. */
    private final ObjectWriter json = new ReportJson().mapper().copy()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS).writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    public void json(Context ctx, int status, Object body) throws IOException {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(bytes(body));
    }

    /** The JSON of {@code body}, as {@link #json(Context, Object)} sends it. */
    public byte[] bytes(Object body) throws IOException {
        return json.writeValueAsBytes(body);
    }

    /** A JSON answer serialized before (see {@link #bytes(Object)}). */
    public static void json(Context ctx, byte[] body) {
        ctx.status(200);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body);
    }

    public void json(Context ctx, Object body) throws IOException {
        json(ctx, 200, body);
    }

    public static Map<String, Object> error(String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        return m;
    }

    /** CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet programs read the Chinese). */
    public static void csv(Context ctx, String fileName, List<List<Object>> rows) {
        csv(ctx, fileName, csvText(rows));
    }

    /** A CSV answer made before by {@link #csvText(List)}. */
    public static void csv(Context ctx, String fileName, String text) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.result(text);
    }

    /** The CSV text of {@code rows}. */
    public static String csvText(List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(cell(row.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString();
        // a leading = + - @ would be a formula in a spreadsheet: quote it as text
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.,]+")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** {@code limit} and {@code offset} of a list, checked against {@link #MAX_WINDOW}. */
    public record Page(int limit, int offset) {
        public static Page of(Params p, int dfltLimit, int maxLimit) {
            int limit = p.integer("limit", 1, maxLimit, dfltLimit);
            int offset = p.integer("offset", 0, MAX_WINDOW, 0);
            if (offset + limit > MAX_WINDOW) {
                throw ApiException.badRequest("offset + limit must not exceed " + MAX_WINDOW);
            }
            return new Page(limit, offset);
        }

        /** How many rows to ask the index for. */
        public int window() {
            return offset + limit;
        }

        public <T> List<T> slice(List<T> all) {
            return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
        }
    }
}
