package org.jixiao.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ListNumberingTest {
    @Test
    void chineseCounting() {
        String[] expected = {"一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十",
            "一千零一", "九千九百九十九"};
        int[] numbers = {1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1001, 9999};
        for (int i = 0; i < numbers.length; i++) {
            assertEquals(expected[i], ListNumbering.format("chineseCounting", numbers[i]), String.valueOf(numbers[i]));
        }
        assertNull(ListNumbering.format("chineseCounting", 10_000), "beyond the supported range Tika's decimal stays");
        assertEquals("叁", ListNumbering.format("chineseLegalSimplified", 3));
        assertEquals("⑳", ListNumbering.format("decimalEnclosedCircle", 20));
        assertEquals("丙", ListNumbering.format("ideographTraditional", 3));
        assertNull(ListNumbering.format("decimal", 3), "formats Tika prints right are left to it");
    }
}
