package org.jixiao.eval.truth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TruthReaderTest {
    private final TruthReader reader = new TruthReader();

    static Path mini() throws URISyntaxException {
        return Path.of(TruthReaderTest.class.getResource("/mini/truth/yiyang-2024.truth.yaml").toURI());
    }

    @Test
    void readsFactsDefectsHoldsAndResolvesRenditions() throws Exception {
        TruthFile t = reader.read(mini());
        assertEquals("yiyang-2024", t.name());
        assertEquals(2024, t.year());
        assertTrue(Files.isRegularFile(t.primary()));
        assertEquals(5, t.facts().size());
        assertEquals("amount", t.facts().get(0).measure());
        assertNull(t.facts().get(2).phase());
        assertEquals("count", t.facts().get(2).measure());
        assertEquals(2, t.defects().size());
        assertTrue(t.defects().get(0).isError());
        assertEquals("公务接待", t.defects().get(0).figures().get(0).where().row());
        assertEquals(1, t.holds().size());
    }

    @Test
    void keepsPrintedDecimals(@TempDir Path dir) throws Exception {
        Path f = truth(dir, "facts:\n  - {id: a, scope: total, value: 14344.80, unit: 万元}\n");
        BigDecimal v = reader.read(f).facts().get(0).value();
        assertEquals(new BigDecimal("14344.80"), v);
        assertEquals(2, v.scale());
    }

    @Test
    void refusesBrokenFilesWithTheReason(@TempDir Path dir) throws Exception {
        assertMessage(truth(dir, "facts:\n  - {id: a, value: 1}\n"), "has no scope");
        assertMessage(truth(dir, "facts:\n  - {id: a, scope: total, value: 1}\n  - {id: a, scope: total, value: 2}\n"),
                "repeated");
        assertMessage(truth(dir, "defects:\n  - {id: d, family: x, severity: big}\n"), "severity");
        assertMessage(truth(dir, "facts: [unclosed\n"), "not a truth file");
        Path missing = dir.resolve("truth/m.truth.yaml");
        Files.writeString(missing, "renditions: [corpus/none.pdf]\n");
        assertMessage(missing, "rendition not found");
    }

    @Test
    void findsTruthFilesInFolders(@TempDir Path dir) throws Exception {
        truth(dir, "facts: []\n");
        assertEquals(1, reader.find(List.of(dir)).size());
        assertThrows(IOException.class, () -> reader.find(List.of(dir.resolve("nope"))));
    }

    private static void assertMessage(Path f, String part) {
        TruthFormatException e = assertThrows(TruthFormatException.class, () -> new TruthReader().read(f));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static Path truth(Path dir, String body) throws IOException {
        Files.createDirectories(dir.resolve("truth"));
        Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus/r.txt"), "x");
        Path f = dir.resolve("truth/t.truth.yaml");
        Files.writeString(f, "report: r\nrenditions: [corpus/r.txt]\n" + body);
        return f;
    }
}
