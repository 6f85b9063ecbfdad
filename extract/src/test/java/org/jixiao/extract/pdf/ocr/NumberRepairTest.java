package org.jixiao.extract.pdf.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberRepairTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "20I5|2015",
            "3O.5|30.5",
            "l,234.00|1,234.00",
            "85.2%1|85.2%",
            "442,70|442.70",
            ":858|858",
            ",1452.09|1452.09",
            "(8,392.60|8,392.60",
            "(8,392.60)|(8,392.60)",
            "１２３．４５|123.45",
            "5，|5",
            // words, not numbers: left as read
            "SO2|SO2",
            "Ol|Ol",
            "年初预算|年初预算",
            "I|I",
    })
    void repairsSlipsInsideNumbersOnly(String read, String repaired) {
        assertEquals(repaired, NumberRepair.repair(read));
    }
}
