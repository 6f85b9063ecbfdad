package org.jixiao.crawl.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files inside a zip of reports. Names are read as UTF-8 and, when they are not (zips made on
 * Chinese Windows name files in GBK), as GB18030. Bounded: entries, bytes per member and in total,
 * so a zip bomb ends as a typed failure.
 */
public final class ZipMembers {
    /** One file of an archive. */
    public record Member(String name, byte[] bytes) {
    }

    /** The archive cannot be read or breaks a limit. */
    public static final class BadArchiveException extends Exception {
        private static final long serialVersionUID = 1L;

        public BadArchiveException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final int maxEntries;
    private final long maxTotalBytes;

    public ZipMembers(int maxEntries, long maxTotalBytes) {
        this.maxEntries = maxEntries;
        this.maxTotalBytes = maxTotalBytes;
    }

    public List<Member> read(byte[] zip) throws BadArchiveException {
        try {
            return read(zip, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // malformed UTF-8 in a name: a GBK-named archive
            try {
                return read(zip, Charset.forName("GB18030"));
            } catch (IllegalArgumentException again) {
                throw new BadArchiveException("member names are neither UTF-8 nor GB18030", again);
            } catch (IOException again) {
                throw new BadArchiveException("not a readable zip: " + again.getMessage(), again);
            }
        } catch (IOException e) {
            throw new BadArchiveException("not a readable zip: " + e.getMessage(), e);
        }
    }

    private List<Member> read(byte[] zip, Charset names) throws IOException, BadArchiveException {
        List<Member> out = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (++entries > maxEntries) {
                    throw new BadArchiveException("more than " + maxEntries + " entries", null);
                }
                String name = e.getName();
                if (e.isDirectory() || name.startsWith("__MACOSX/") || baseName(name).startsWith(".")) {
                    continue;
                }
                byte[] b = readCapped(z, maxTotalBytes - total);
                if (b == null) {
                    throw new BadArchiveException("members expand past " + maxTotalBytes + " bytes (a zip bomb?)", null);
                }
                total += b.length;
                out.add(new Member(name, b));
            }
        }
        if (entries == 0) {
            throw new BadArchiveException("an empty or unreadable zip", null);
        }
        return out;
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        for (int r; (r = in.read(buf)) >= 0; ) {
            n += r;
            if (n > cap) {
                return null;
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    public static String baseName(String name) {
        String n = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
