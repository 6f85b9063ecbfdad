package org.jixiao.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids for findings: the index stores findings without one, so an id is the hash of what
 * makes a finding itself (report, rule, message, intervals, evidence). The same report checked
 * again gives the same ids; a link to a finding keeps working across restarts.
 */
public final class FindingIds {
    /** Hex digits kept: 64 bits are plenty among one report's findings. */
    static final int LENGTH = 16;

    private FindingIds() {
    }

    public static String of(String reportId, String rule, String messageEn, String expected, String actual,
                            String evidenceJson) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {reportId, rule, messageEn, expected, actual, evidenceJson}) {
            sb.append(part == null ? "" : part).append('\u0000');
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** True when {@code s} has the form of a finding id. */
    public static boolean valid(String s) {
        return s != null && s.matches("[0-9a-f]{" + LENGTH + "}");
    }
}
