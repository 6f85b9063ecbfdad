package org.jixiao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jixiao.model.BBox;

class ParamsTest {
    private static Params of(String name, String... values) {
        return new Params(Map.of(name, List.of(values)));
    }

    private static int status(Runnable r) {
        return assertThrows(ApiException.class, r::run).status();
    }

    @Test
    void quantitiesTakeUnitsAndNormalizeThem() {
        assertEquals(0, new BigDecimal("0.85").compareTo(of("min", "85%").quantity("min")));
        assertEquals(0, new BigDecimal("0.85").compareTo(of("min", "85％").quantity("min")));
        assertEquals(0, new BigDecimal("10000000").compareTo(of("min", "1,000万元").quantity("min")));
        assertEquals(0, new BigDecimal("0.9").compareTo(of("min", " 0.9 ").quantity("min")));
        assertNull(of("min", "").quantity("min"));
        assertEquals(400, status(() -> of("min", "abc").quantity("min")));
        assertEquals(400, status(() -> of("min", "5 furlongs").quantity("min")));
    }

    @Test
    void integersAreRangeChecked() {
        assertEquals(20, new Params(Map.of()).integer("limit", 1, 200, 20));
        assertEquals(7, of("limit", "7").integer("limit", 1, 200, 20));
        assertEquals(400, status(() -> of("limit", "0").integer("limit", 1, 200, 20)));
        assertEquals(400, status(() -> of("limit", "1e3").integer("limit", 1, 200, 20)));
        assertEquals(400, status(() -> of("year", "99999999999").year()));
        assertEquals(400, status(() -> of("limit", "1", "2").integer("limit", 1, 200, 20)));
    }

    @Test
    void reportIdsAreSha256HexOnly() {
        String id = "ab".repeat(32);
        assertEquals(id, Params.reportId(id));
        assertEquals(id, Params.reportId(id.toUpperCase()));
        for (String bad : new String[] {null, "", "../../etc/passwd", id.substring(1), id + "0", "g".repeat(64),
            "..%2F" + id.substring(5)}) {
            assertEquals(400, status(() -> Params.reportId(bad)), bad);
        }
    }

    @Test
    void choicesAndLengths() {
        assertEquals("csv", of("format", "csv").oneOf("format", List.of("json", "csv"), "json"));
        assertEquals("json", new Params(Map.of()).oneOf("format", List.of("json", "csv"), "json"));
        assertEquals(400, status(() -> of("format", "xml").oneOf("format", List.of("json", "csv"), "json")));
        assertEquals(400, status(() -> of("q", "x".repeat(Params.MAX_LENGTH + 1)).text("q")));
        assertEquals(400, status(() -> new Params(Map.of()).required("q")));
        assertTrue(of("crop", "1").flag("crop"));
    }

    @Test
    void boxesArePointsFromTheTopLeft() {
        BBox b = ReportApi.box("10,20,30.5,40");
        assertEquals(new BBox(20, 10, 40, 30.5), b);
        for (String bad : new String[] {"1,2,3", "3,2,1,4", "1,4,3,2", "a,b,c,d", "-1,0,5,5", "1,2,3,4,5", "NaN,1,2,3"}) {
            assertEquals(400, status(() -> ReportApi.box(bad)), bad);
        }
    }

    @Test
    void uploadedFileNamesLoseTheirFolders() {
        assertEquals("report.pdf", CheckApi.fileName("C:\\Users\\x\\report.pdf"));
        assertEquals("passwd", CheckApi.fileName("../../etc/passwd"));
        assertEquals("upload", CheckApi.fileName(null));
        assertEquals("upload", CheckApi.fileName("dir/"));
    }

    @Test
    void uploadStatusesFollowTheDiagnostic() {
        assertEquals(415, UploadChecker.status(org.jixiao.model.DiagnosticCode.UNSUPPORTED_FORMAT));
        assertEquals(413, UploadChecker.status(org.jixiao.model.DiagnosticCode.TOO_LARGE));
        assertEquals(400, UploadChecker.status(org.jixiao.model.DiagnosticCode.EMPTY_FILE));
        assertEquals(422, UploadChecker.status(org.jixiao.model.DiagnosticCode.ENCRYPTED));
    }
}
