package org.jixiao.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.jixiao.model.Fact;
import org.jixiao.model.Report;

/**
 * One report, several renditions. Departments publish the same report as PDF, DOCX and an HTML
 * page, and re-publish corrected versions. Identity comes from metadata and figures, not bytes:
 * reports of one department, fiscal year and kind (a family) whose figures are all equal are
 * renditions of one report, and only the best-ranked rendition is shown (PDF, then Word, Excel,
 * HTML, text; then path order, so the choice does not depend on the order of indexing); a report
 * whose figures mostly agree but differ somewhere is a corrected version and supersedes the one
 * indexed before it. Hidden reports stay in the index (and come back when the shown one is
 * removed); queries skip them through {@link IndexFields#HIDDEN}.
 */
final class Renditions {
    /** Figure sets at least this similar (Jaccard, estimated from sketches) are versions of one report. */
    static final double SAME_REPORT = 0.5;
    /** Facts a report needs before its figures can identify it. */
    static final int MIN_FACTS = 3;
    static final int SKETCH = 128;

    /** A report of a family as the indexer remembers it. */
    record Member(String id, String path, int rank, long figures, long[] sketch, long seq) {
    }

    private final Map<String, List<Member>> families = new HashMap<>();

    /** department|year|kind, or null when one is unknown or there are too few figures to tell. */
    static String familyKey(Report r) {
        var m = r.meta();
        if (m.department() == null || m.fiscalYear() == null || m.kind() == null || "unknown".equals(m.kind())
                || r.facts().size() < MIN_FACTS) {
            return null;
        }
        return m.department() + "|" + m.fiscalYear() + "|" + m.kind();
    }

    /** Sorted distinct hashes of the report's figures (scope, phase, period, value). */
    static long[] figureHashes(Report r) {
        TreeSet<Long> set = new TreeSet<>();
        for (Fact f : r.facts()) {
            if (f.quantity() == null) {
                continue;
            }
            var q = f.quantity();
            String v = q.normalized() != null ? q.normalized().stripTrailingZeros().toPlainString()
                    : q.value() == null ? q.printed() : q.value().stripTrailingZeros().toPlainString();
            set.add(hash(f.scope() + "|" + f.phase() + "|" + f.period() + "|" + v));
        }
        return set.stream().mapToLong(Long::longValue).toArray();
    }

    /** One hash of the whole figure set: equal sets, equal hashes. */
    static long setHash(long[] hashes) {
        long h = 0x9E3779B97F4A7C15L;
        for (long x : hashes) {
            h = h * 31 + x;
        }
        return h;
    }

    /** The smallest {@link #SKETCH} hashes: a bottom-k sketch to estimate similarity. */
    static long[] sketch(long[] sortedHashes) {
        return Arrays.copyOf(sortedHashes, Math.min(SKETCH, sortedHashes.length));
    }

    /** Jaccard similarity estimated from two bottom-k sketches. */
    static double similarity(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        TreeSet<Long> union = new TreeSet<>();
        for (long x : a) {
            union.add(x);
        }
        for (long x : b) {
            union.add(x);
        }
        int k = Math.min(SKETCH, union.size());
        List<Long> bottom = new ArrayList<>(union).subList(0, k);
        int both = 0;
        for (long x : bottom) {
            if (Arrays.binarySearch(a, x) >= 0 && Arrays.binarySearch(b, x) >= 0) {
                both++;
            }
        }
        return both / (double) k;
    }

    private static long hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Lower is preferred: the format a reader would cite; by detected media type, else by file name. */
    static int rank(String fileName, String mediaType) {
        return mediaType != null && !mediaType.isBlank() && rank(mediaType) < 4 ? rank(mediaType) : rank(fileName);
    }

    private static int rank(String fileNameOrType) {
        String s = fileNameOrType == null ? "" : fileNameOrType.toLowerCase(Locale.ROOT);
        if (s.endsWith(".pdf") || s.contains("pdf")) {
            return 0;
        }
        if (s.endsWith(".docx") || s.endsWith(".doc") || s.contains("word") || s.contains("msword")
                || s.contains("ooxml") || s.contains("msoffice")) {
            return 1;
        }
        if (s.endsWith(".xlsx") || s.endsWith(".xls") || s.contains("excel") || s.contains("spreadsheet")) {
            return 2;
        }
        if (s.endsWith(".html") || s.endsWith(".htm") || s.contains("html")) {
            return 3;
        }
        return 4;
    }

    synchronized void add(String family, Member m) {
        families.computeIfAbsent(family, k -> new ArrayList<>()).add(m);
    }

    synchronized void remove(String family, String id) {
        List<Member> l = families.get(family);
        if (l != null) {
            l.removeIf(m -> m.id().equals(id));
            if (l.isEmpty()) {
                families.remove(family);
            }
        }
    }

    /** The family's members (a copy). */
    synchronized List<Member> members(String family) {
        return List.copyOf(families.getOrDefault(family, List.of()));
    }

    /**
     * The latest version, among earlier members, that {@code m} is a version of (similar figures),
     * or null when {@code m} is a report of its own.
     */
    synchronized Member versionOf(String family, Member m) {
        Member best = null;
        for (Member o : families.getOrDefault(family, List.of())) {
            if (!o.id().equals(m.id()) && similarity(o.sketch(), m.sketch()) >= SAME_REPORT
                    && (best == null || o.seq() > best.seq())) {
                best = o;
            }
        }
        return best;
    }

    /**
     * Which members are shown: members are grouped into reports (similar figures); in each report
     * the latest version (by indexing order) wins, and of its renditions (equal figures) the
     * best-ranked one.
     */
    synchronized Map<String, Boolean> shown(String family) {
        List<Member> all = new ArrayList<>(families.getOrDefault(family, List.of()));
        all.sort(Comparator.comparingLong(Member::seq));
        Map<String, Boolean> out = new HashMap<>();
        List<List<Member>> reports = new ArrayList<>();
        for (Member m : all) {
            List<Member> home = null;
            for (List<Member> r : reports) {
                if (r.stream().anyMatch(o -> similarity(o.sketch(), m.sketch()) >= SAME_REPORT)) {
                    home = r;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                reports.add(home);
            }
            home.add(m);
        }
        for (List<Member> r : reports) {
            // the latest version is the figure set that appeared last (renditions of an old version may come later)
            Map<Long, Long> firstSeen = new HashMap<>();
            for (Member m : r) {
                firstSeen.merge(m.figures(), m.seq(), Math::min);
            }
            long latest = firstSeen.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Member pick = r.stream().filter(m -> m.figures() == latest)
                    .min(Comparator.comparingInt(Member::rank).thenComparing(Member::path)).orElseThrow();
            for (Member m : r) {
                out.put(m.id(), m == pick);
            }
        }
        return out;
    }
}
