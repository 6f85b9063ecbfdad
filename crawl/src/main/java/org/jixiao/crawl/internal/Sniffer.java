package org.jixiao.crawl.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;

/**
 * What was really fetched, from the bytes (Tika, with the URL's file name as a hint), not from the
 * Content-Type a server claims: a page, a report document, an archive of reports, or something else.
 */
public final class Sniffer {
    /** What a body is for the crawler. */
    public enum Kind { HTML, DOCUMENT, ARCHIVE, OTHER }

    /** A sniffed body. */
    public record Sniffed(String mediaType, Kind kind) {
    }

    private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.ms-excel", "application/vnd.ms-works", "application/x-tika-msoffice",
            "application/x-tika-ooxml", "application/rtf", "application/kswps", "application/ofd",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/x-ole-storage", "application/vnd.ms-word.document.macroenabled.12");
    private static final String OCTET_STREAM = "application/octet-stream";
    private static final Set<String> TEXT_NAMES = Set.of("txt", "text");
    private static final int MAX_ENTRIES_SCANNED = 200;
    private final Tika tika = new Tika();

    public Sniffed sniff(byte[] bytes, String fileName) {
        String type;
        try {
            // bytes first: a name alone never makes a document (zeros named .pdf are not a PDF)
            if (OCTET_STREAM.equals(tika.detect(bytes))) {
                return new Sniffed(OCTET_STREAM, Kind.OTHER);
            }
            type = tika.detect(new ByteArrayInputStream(bytes), fileName);
        } catch (IOException e) {
            return new Sniffed(OCTET_STREAM, Kind.OTHER);
        }
        type = type.toLowerCase(Locale.ROOT);
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return new Sniffed(type, Kind.HTML);
        }
        if (type.equals("application/zip") || type.equals("application/x-zip-compressed")) {
            String inside = zipFlavour(bytes);
            return inside == null ? new Sniffed("application/zip", Kind.ARCHIVE) : new Sniffed(inside, Kind.DOCUMENT);
        }
        if (DOCUMENT_TYPES.contains(type) || type.startsWith("application/vnd.openxmlformats-officedocument.")
                || type.startsWith("application/vnd.wps") || type.startsWith("application/vnd.ms-word")) {
            return new Sniffed(type, Kind.DOCUMENT);
        }
        if (type.equals("text/plain") && TEXT_NAMES.contains(extension(fileName))) {
            return new Sniffed(type, Kind.DOCUMENT);
        }
        if (type.equals("text/plain") && looksLikeHtml(bytes)) {
            return new Sniffed("text/html", Kind.HTML);
        }
        return new Sniffed(type, Kind.OTHER);
    }

    /** For a zip: an Office Open XML or OFD document type, or null for an archive of files. */
    static String zipFlavour(byte[] bytes) {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes), java.nio.charset.StandardCharsets.ISO_8859_1)) {
            ZipEntry e;
            for (int i = 0; i < MAX_ENTRIES_SCANNED && (e = z.getNextEntry()) != null; i++) {
                String n = e.getName();
                if (n.equals("[Content_Types].xml")) {
                    return "application/x-tika-ooxml";
                }
                if (n.equalsIgnoreCase("OFD.xml")) {
                    return "application/ofd";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // unreadable as a zip: the archive reader reports it
        }
        return null;
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body");
    }

    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static final Set<String> NOT_DOCUMENT_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "bmp", "webp",
            "svg", "ico", "css", "js", "mp3", "mp4", "avi", "flv", "wmv", "mov", "swf", "woff", "woff2", "ttf", "exe",
            "apk", "dmg", "iso");

    /** True when a link's file name says it is neither a page nor a report (not worth a request). */
    public static boolean obviouslyNotDocument(String fileName) {
        return NOT_DOCUMENT_EXTENSIONS.contains(extension(fileName));
    }
}
