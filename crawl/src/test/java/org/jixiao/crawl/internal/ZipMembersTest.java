package org.jixiao.crawl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ZipMembersTest {
    static byte[] zip(Charset names, String name, byte[] body, int copies) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, names)) {
            for (int i = 0; i < copies; i++) {
                z.putNextEntry(new ZipEntry(i == 0 ? name : i + name));
                z.write(body);
            }
            z.putNextEntry(new ZipEntry("__MACOSX/._x"));
            z.write(1);
        }
        return out.toByteArray();
    }

    @Test
    void gbkAndUtf8NamesAreRead() throws Exception {
        byte[] body = "2024年度部门决算".getBytes(StandardCharsets.UTF_8);
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            List<ZipMembers.Member> m = new ZipMembers(10, 1000).read(zip(cs, "附件/部门决算.txt", body, 1));
            assertEquals(1, m.size(), "__MACOSX skipped");
            assertEquals("附件/部门决算.txt", m.get(0).name());
            assertEquals("部门决算.txt", ZipMembers.baseName(m.get(0).name()));
        }
    }

    @Test
    void bombsAndJunkAreTypedFailures() throws Exception {
        byte[] zeros = new byte[1 << 20];
        ZipMembers.BadArchiveException e = assertThrows(ZipMembers.BadArchiveException.class,
                () -> new ZipMembers(10, 4 << 20).read(zip(StandardCharsets.UTF_8, "a.bin", zeros, 8)));
        assertTrue(e.getMessage().contains("expand past"), e.getMessage());
        assertThrows(ZipMembers.BadArchiveException.class,
                () -> new ZipMembers(3, 1 << 30).read(zip(StandardCharsets.UTF_8, "a.txt", new byte[1], 5)));
        assertThrows(ZipMembers.BadArchiveException.class, () -> new ZipMembers(3, 100).read("PK not a zip".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void snifferTellsArchivesFromOfficeFiles() throws Exception {
        Sniffer s = new Sniffer();
        assertEquals(Sniffer.Kind.ARCHIVE, s.sniff(zip(StandardCharsets.UTF_8, "a.txt", new byte[] {'a'}, 1), "x.zip").kind());
        assertEquals(Sniffer.Kind.DOCUMENT, s.sniff(zip(StandardCharsets.UTF_8, "[Content_Types].xml", new byte[] {'a'}, 1),
                "download.jsp").kind(), "OOXML without a telling name");
        assertEquals(Sniffer.Kind.DOCUMENT, s.sniff("%PDF-1.4\n%...".getBytes(StandardCharsets.US_ASCII), "x.html").kind());
        assertEquals(Sniffer.Kind.OTHER, s.sniff(new byte[4096], "zeros.pdf").kind(), "a name alone makes no PDF");
        assertEquals(Sniffer.Kind.HTML, s.sniff("<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8),
                "report.pdf").kind());
    }
}
