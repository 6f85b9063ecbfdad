package org.jixiao.extract.figures;

import java.util.OptionalLong;

/** Chinese numerals as printed in counts and ordinals: 二十四, 一百零五, 两千, 三万. */
final class ChineseNumerals {
    static final String DIGITS = "零〇一二两三四五六七八九";
    static final String MULTIPLIERS = "十百千万";
    static final String ALL = DIGITS + MULTIPLIERS;

    private ChineseNumerals() {
    }

    static boolean isNumeral(char c) {
        return ALL.indexOf(c) >= 0;
    }

    /** The value of a run of numeral characters, or empty when it is not a well-formed number. */
    static OptionalLong parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 12) {
            return OptionalLong.empty();
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : s.toCharArray()) {
            int d = digitValue(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long mult = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (mult < 0) {
                return OptionalLong.empty();
            }
            if (mult == 10000) {
                section += Math.max(digit, 0);
                total += (section == 0 ? 1 : section) * 10000;
                section = 0;
            } else {
                // 十二 means 12: a bare 十 counts as one ten
                section += (digit < 0 ? 1 : digit) * mult;
            }
            digit = -1;
        }
        if (digit > 0) {
            section += digit;
        }
        return OptionalLong.of(total + section);
    }

    private static int digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
