package org.jixiao.extract.pdf.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the usual OCR slips inside numbers, judged by the characters around them: O/o for 0, l/I/|
 * for 1, S for 5, B for 8 where a word is otherwise digits (20I5, 3O.5, l,234.00); a full-width
 * digit or comma or point as its ASCII form; and a stray digit glued after a percent sign (85.2%1),
 * which is the next cell's or a footnote's. Words with letters on both sides of a look-alike (Ol, SO2)
 * stay as read.
 */
public final class NumberRepair {
    /** A word of digits and look-alikes, with at least two real digits. */
    private static final Pattern NUMBERISH = Pattern.compile("[-+(（]?[0-9OoIl|SB][0-9OoIl|SB,，.．]*[%％)）]?");
    private static final Pattern STRAY_AFTER_PERCENT = Pattern.compile("^([-+]?[0-9][0-9,.]*%)[0-9]$");
    /** Specks and quotes read before or after a figure: :858 ,1452.09 /302.01 5， 4” */
    private static final Pattern SPECKS = Pattern.compile("^[:;,.'\"“”‘’/\\`~]+(?=[0-9])|(?<=[0-9])[，,”’'\"`~]+$");
    /** A decimal comma where a point is meant: 442,70 (a thousands group has three digits). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("^([-+]?[0-9][0-9,]*),([0-9]{1,2})(%?)$");

    private NumberRepair() {
    }

    /** The word with the slips repaired (unchanged when it is not a number). */
    public static String repair(String word) {
        String w = SPECKS.matcher(toAscii(word)).replaceAll("");
        if (w.startsWith("(") && w.indexOf(')') < 0 && w.length() > 1 && Character.isDigit(w.charAt(1))) {
            // an unmatched bracket before a figure is a cell border or a speck, not a negative sign
            w = w.substring(1);
        }
        Matcher comma = DECIMAL_COMMA.matcher(w);
        if (comma.matches()) {
            w = comma.group(1) + "." + comma.group(2) + comma.group(3);
        }
        Matcher stray = STRAY_AFTER_PERCENT.matcher(w);
        if (stray.matches()) {
            return stray.group(1);
        }
        if (!NUMBERISH.matcher(w).matches() || w.chars().filter(Character::isDigit).count() < 2) {
            return w;
        }
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            sb.append(switch (c) {
                case 'O', 'o' -> '0';
                case 'I', 'l', '|' -> '1';
                case 'S' -> '5';
                case 'B' -> '8';
                default -> c;
            });
        }
        return sb.toString();
    }

    /** Full-width digits, comma, point and percent as ASCII: OCR gives both for the same print. */
    private static String toAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean digits = s.chars().anyMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (digits && (c == '，' || c == '．' || c == '％')) {
                sb.append(c == '，' ? ',' : c == '．' ? '.' : '%');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
