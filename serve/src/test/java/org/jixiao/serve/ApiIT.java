package org.jixiao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint of docs/api.md through the JDK HTTP client, with the 400/404/413/415 cases. */
class ApiIT {
    private static ServeFixture fx;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        fx = ServeFixture.get();
    }

    static HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ServeFixture.get().base() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON content type, got " + r.headers().firstValue("Content-Type"));
        return JSON.readTree(r.body());
    }

    static JsonNode ok(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), () -> pathAndQuery + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return json(r);
    }

    /** An error answer: the status, a JSON message, and nothing of the server's insides. */
    static String error(HttpResponse<byte[]> r, int status) throws IOException {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(status, r.statusCode(), body);
        String message = json(r).path("error").asText();
        assertFalse(message.isBlank(), body);
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains(".java:"), body);
        return message;
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void healthCountsTheReportsAndEveryAnswerHasACsp() throws Exception {
        HttpResponse<byte[]> r = get("/api/health");
        assertEquals(200, r.statusCode());
        assertEquals(3, json(r).path("reports").asInt());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertTrue(get("/").headers().firstValue("Content-Security-Policy").isPresent(), "pages have the CSP too");
        assertTrue(get("/api/nothing").headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void searchHighlightsAndCountsFacets() throws Exception {
        JsonNode r = ok("/api/search?q=" + q("三公经费") + "&limit=5");
        assertTrue(r.path("total").asInt() > 5, r.toString());
        assertEquals(5, r.path("hits").size());
        JsonNode hit = r.path("hits").get(0);
        assertTrue(hit.path("snippet").asText().contains("【"), hit.toString());
        assertEquals(64, hit.path("reportId").asText().length());
        List<String> departments = new ArrayList<>();
        r.path("facets").path("department").forEach(f -> departments.add(f.path("value").asText()));
        assertTrue(departments.contains("湖南省人力资源和社会保障厅") && departments.contains("益阳市人力资源和社会保障局"),
                departments.toString());
        int yiyang = 0;
        for (JsonNode f : r.path("facets").path("department")) {
            yiyang += f.path("value").asText().startsWith("益阳") ? f.path("count").asInt() : 0;
        }
        JsonNode filtered = ok("/api/search?q=" + q("三公经费") + "&department=" + q("益阳市人力资源和社会保障局"));
        assertEquals(yiyang, filtered.path("total").asInt(), "the facet count is the filtered total");
        filtered.path("hits").forEach(h -> assertEquals(2024, h.path("year").asInt()));
        assertEquals(0, ok("/api/search?q=" + q("三公经费") + "&kind=no-such-kind").path("total").asInt());
    }

    @Test
    void searchPagesWithOffset() throws Exception {
        JsonNode two = ok("/api/search?q=" + q("预算执行率") + "&limit=2");
        JsonNode second = ok("/api/search?q=" + q("预算执行率") + "&limit=1&offset=1");
        assertEquals(two.path("hits").get(1), second.path("hits").get(0));
    }

    @Test
    void searchRefusesBadParameters() throws Exception {
        assertTrue(error(get("/api/search"), 400).contains("q"));
        assertTrue(error(get("/api/search?q=" + q("三公 AND (")), 400).contains("parse"));
        assertTrue(error(get("/api/search?q=x&limit=0"), 400).contains("limit"));
        assertTrue(error(get("/api/search?q=x&limit=1001"), 400).contains("limit"));
        assertTrue(error(get("/api/search?q=x&year=abc"), 400).contains("year"));
        error(get("/api/search?q=x&offset=9999&limit=200"), 400);
    }

    @Test
    void factsFilterByMeasureAndRange() throws Exception {
        JsonNode all = ok("/api/facts?scope=total&phase=rate");
        assertTrue(all.path("total").asInt() >= 2, all.toString());
        for (JsonNode f : all.path("facts")) {
            assertEquals("total", f.path("scope").asText());
            assertEquals("rate", f.path("phase").asText());
        }
        JsonNode high = ok("/api/facts?scope=total&phase=rate&min=" + q("87%"));
        assertTrue(high.path("total").asInt() < all.path("total").asInt());
        high.path("facts").forEach(f -> assertTrue(f.path("value").decimalValue().doubleValue() >= 0.87, f.toString()));
        JsonNode money = ok("/api/facts?min=" + q("10000万元") + "&limit=3");
        money.path("facts").forEach(f -> assertTrue(f.path("value").decimalValue().doubleValue() >= 1e8, f.toString()));
        String id = fx.id(ServeFixture.PDF);
        ok("/api/facts?reportId=" + id + "&limit=50").path("facts")
                .forEach(f -> assertEquals(id, f.path("reportId").asText()));
        assertTrue(error(get("/api/facts?min=abc"), 400).contains("min"));
        assertTrue(error(get("/api/facts?min=5&max=1"), 400).contains("max"));
        assertTrue(error(get("/api/facts?min=" + q("3公里")), 400).contains("unit"));
    }

    @Test
    void factsAsCsv() throws Exception {
        HttpResponse<byte[]> r = get("/api/facts?scope=total&phase=rate&format=csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = new String(r.body(), StandardCharsets.UTF_8).split("\r\n");
        assertTrue(lines[0].contains("department,year,scope,phase"), lines[0]);
        assertEquals(ok("/api/facts?scope=total&phase=rate").path("facts").size() + 1, lines.length);
        error(get("/api/facts?format=xml"), 400);
    }

    @Test
    void compareGivesCellsWithSources() throws Exception {
        JsonNode r = ok("/api/compare?scope=total&phase=rate&rows=department&cols=year");
        assertEquals("department", r.path("rows").asText());
        assertTrue(r.path("rowKeys").toString().contains("湖南省人力资源和社会保障厅"), r.toString());
        assertTrue(r.path("cells").size() >= 2);
        JsonNode cell = r.path("cells").get(0);
        assertTrue(cell.path("sources").size() >= 1, cell.toString());
        assertEquals(cell.path("row").asText(), cell.path("sources").get(0).path("department").asText());
        assertEquals(1, r.path("sourcesPerCell").asInt());
        JsonNode three = ok("/api/compare?scope=total&phase=rate&sources=3");
        three.path("cells").forEach(c -> assertEquals(Math.min(3, c.path("facts").asInt()), c.path("sources").size()));
        ok("/api/compare?scope=total&phase=rate&sources=0").path("cells")
                .forEach(c -> assertEquals(0, c.path("sources").size()));
        error(get("/api/compare?scope=total&phase=rate&sources=21"), 400);
        HttpResponse<byte[]> csv = get("/api/compare?scope=total&phase=rate&format=csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("department \\ year") && text.contains("2025"), text);
        assertTrue(error(get("/api/compare?phase=rate"), 400).contains("scope"));
        assertTrue(error(get("/api/compare?scope=total"), 400).contains("phase"));
        assertTrue(error(get("/api/compare?scope=total&phase=rate&rows=colour"), 400).contains("rows"));
    }

    @Test
    void findingsFilterAndCount() throws Exception {
        JsonNode r = ok("/api/findings?severity=error&limit=500");
        assertTrue(r.path("total").asInt() > 0);
        assertEquals(r.path("total").asInt(), r.path("counts").path("error").asInt());
        for (JsonNode f : r.path("findings")) {
            assertEquals("error", f.path("severity").asText());
            assertEquals(16, f.path("id").asText().length());
            assertTrue(f.path("evidence").size() >= 1, f.toString());
        }
        JsonNode yiyang = ok("/api/findings?department=" + q("益阳市人力资源和社会保障局") + "&year=2024");
        yiyang.path("findings").forEach(f -> assertEquals(fx.id(ServeFixture.DOCX), f.path("reportId").asText()));
        assertTrue(error(get("/api/findings?severity=fatal"), 400).contains("severity"));
    }

    @Test
    void reportsListAndOneReport() throws Exception {
        assertEquals(3, ok("/api/reports").path("total").asInt());
        assertEquals(2, ok("/api/reports?department=" + q("湖南省人力资源和社会保障厅")).path("total").asInt());
        assertEquals(1, ok("/api/reports?year=2025").path("total").asInt());
        JsonNode r = ok("/api/reports/" + fx.id(ServeFixture.PDF));
        assertEquals("湖南省人力资源和社会保障厅", r.path("report").path("department").asText());
        assertTrue(r.path("pageImages").asBoolean());
        assertTrue(r.path("pages").asInt() > 3);
        assertTrue(r.path("sections").size() > 0 && r.path("blocks").size() > 0);
        boolean spans = false;
        for (JsonNode t : r.path("tables")) {
            for (JsonNode c : t.path("cells")) {
                spans |= c.path("rowSpan").asInt() > 1 || c.path("colSpan").asInt() > 1;
            }
        }
        assertTrue(spans, "tables keep their merged cells");
        assertTrue(r.path("facts").size() > 10);
        assertEquals(r.path("report").path("findings").asInt(), r.path("findings").size());
        JsonNode docx = ok("/api/reports/" + fx.id(ServeFixture.DOCX));
        assertFalse(docx.path("pageImages").asBoolean());
    }

    @Test
    void reportIdsAreValidatedSoNoPathReachesTheDisk() throws Exception {
        assertTrue(error(get("/api/reports/abc"), 400).contains("sha-256"));
        error(get("/api/reports/" + "0".repeat(64)), 404);
        for (String attempt : List.of("/api/reports/..%2F..%2F..%2Fetc%2Fpasswd", "/api/reports/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/api/reports/..%5C..%5Cwindows/pages/1.png", "/api/reports/" + fx.id(ServeFixture.PDF) + "/pages/..%2F1.png",
                "/api/reports/" + fx.id(ServeFixture.PDF) + "/pages/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd")) {
            HttpResponse<byte[]> r = get(attempt);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, attempt + " → " + r.statusCode());
            assertFalse(body.contains("root:"), body);
        }
    }

    @Test
    void pageImagesAreBoxed() throws Exception {
        String id = fx.id(ServeFixture.PDF);
        JsonNode findings = ok("/api/findings?reportId=" + id + "&limit=200").path("findings");
        JsonNode boxed = null;
        for (JsonNode f : findings) {
            if (f.path("evidence").get(0).hasNonNull("bbox")) {
                boxed = f;
                break;
            }
        }
        assertTrue(boxed != null, "a finding of the PDF has boxes");
        JsonNode ev = boxed.path("evidence").get(0);
        int page = ev.path("page").asInt();
        BufferedImage plain = png(get("/api/reports/" + id + "/pages/" + page + ".png"));
        BufferedImage marked = png(get("/api/reports/" + id + "/pages/" + page + ".png?finding=" + boxed.path("id").asText()));
        double scale = plain.getWidth() / 595.0;
        int x = (int) ((ev.path("bbox").path("x0").asDouble() - 2.5) * scale);
        int y = (int) ((ev.path("bbox").path("y0").asDouble() + ev.path("bbox").path("y1").asDouble()) / 2 * scale);
        assertNotEquals(plain.getRGB(x, y), marked.getRGB(x, y), "the first figure of the finding is outlined");
        int rgb = marked.getRGB(x, y);
        assertTrue(((rgb >> 16) & 0xff) > 150 && ((rgb >> 16) & 0xff) - ((rgb >> 8) & 0xff) > 80, "outlined in red: " + Integer.toHexString(rgb));
        BufferedImage cropped = png(get("/api/reports/" + id + "/pages/" + page + ".png?crop=1&finding=" + boxed.path("id").asText()));
        assertTrue(cropped.getHeight() < plain.getHeight());
        BufferedImage box = png(get("/api/reports/" + id + "/pages/1.png?box=100,100,300,150&box=50,400,90,420"));
        assertEquals(plain.getWidth(), box.getWidth());
    }

    @Test
    void pageImageErrors() throws Exception {
        String id = fx.id(ServeFixture.PDF);
        error(get("/api/reports/" + id + "/pages/999.png"), 404);
        error(get("/api/reports/" + id + "/pages/0.png"), 404);
        error(get("/api/reports/" + id + "/pages/one.png"), 400);
        error(get("/api/reports/" + id + "/pages/1.png?box=1,2,3"), 400);
        error(get("/api/reports/" + id + "/pages/1.png?box=300,100,100,150"), 400);
        error(get("/api/reports/" + id + "/pages/1.png?finding=zz"), 400);
        error(get("/api/reports/" + id + "/pages/1.png?finding=0123456789abcdef"), 404);
        assertTrue(error(get("/api/reports/" + fx.id(ServeFixture.DOCX) + "/pages/1.png"), 404).contains("PDF"));
    }

    private static BufferedImage png(HttpResponse<byte[]> r) throws IOException {
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        return ImageIO.read(new ByteArrayInputStream(r.body()));
    }

    @Test
    void checkAnUploadedReport() throws Exception {
        HttpResponse<byte[]> r = post(List.of(new Part("file", "益阳.docx", ServeFixture.sample(ServeFixture.DOCX))));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        JsonNode body = json(r);
        assertEquals(fx.id(ServeFixture.DOCX), body.path("report").path("id").asText());
        assertEquals("益阳市人力资源和社会保障局", body.path("report").path("department").asText());
        assertTrue(body.path("facts").size() > 10);
        JsonNode indexed = ok("/api/findings?reportId=" + fx.id(ServeFixture.DOCX));
        assertEquals(indexed.path("total").asInt(), body.path("findings").size());
        if (indexed.path("total").asInt() > 0) {
            assertEquals(indexed.path("findings").get(0).path("id"), body.path("findings").get(0).path("id"),
                    "a finding has the same id checked now or indexed");
        }
    }

    @Test
    void checkRefusesWhatIsNotOneReadableFile() throws Exception {
        HttpResponse<byte[]> notMultipart = HTTP.send(HttpRequest.newBuilder(URI.create(fx.base() + "/api/check"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10])).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        error(notMultipart, 415);
        error(post(List.of()), 400);
        byte[] txt = ServeFixture.sample(ServeFixture.TXT);
        assertTrue(error(post(List.of(new Part("a", "a.txt", txt), new Part("b", "b.txt", txt))), 400).contains("one"));
        error(post(List.of(new Part("file", "big.pdf", new byte[(int) ServeFixture.MAX_UPLOAD + 100_000]))), 413);
        error(post(List.of(new Part("file", "big.pdf", new byte[(int) ServeFixture.MAX_UPLOAD + 100_000])), true), 413);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        error(post(List.of(new Part("file", "report.pdf", png))), 415);
        error(post(List.of(new Part("file", "empty.pdf", new byte[0]))), 400);
        error(get("/api/check"), 405);
    }

    /** Regression: the 413 for a declared-too-large body was sometimes lost to a connection reset (CI, 1 in 15). */
    @Test
    void everyOversizedUploadGetsItsAnswer() throws Exception {
        byte[] big = new byte[(int) ServeFixture.MAX_UPLOAD + 100_000];
        for (int i = 0; i < 40; i++) {
            error(post(List.of(new Part("file", "big.pdf", big)), i % 2 == 1), 413);
        }
    }

    record Part(String field, String fileName, byte[] bytes) {
    }

    static HttpResponse<byte[]> post(List<Part> parts) throws IOException, InterruptedException {
        return post(parts, false);
    }

    /** A multipart POST; {@code chunked} sends it without a Content-Length, so only the parser can judge its size. */
    static HttpResponse<byte[]> post(List<Part> parts, boolean chunked) throws IOException, InterruptedException {
        String boundary = "----jixiao" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.field() + "\"; filename=\""
                    + p.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(fx.base() + "/api/check"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray()))
                        : HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
