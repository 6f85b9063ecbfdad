package org.jixiao.extract.figures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jixiao.extract.ExtractLimits;
import org.jixiao.extract.Extractors;
import org.jixiao.extract.ReportExtractor;
import org.jixiao.model.Report;
import org.junit.jupiter.api.Test;

/**
 * Corpus ratchet: per sample file, the facts with a canonical scope and phase must not fall below
 * the count recorded in {@code facts-ratchet.properties}. A drop means a change broke extraction
 * somewhere; a rise is recorded by raising the number.
 */
class FactsRatchetIT {
    @Test
    void canonicalFactCountsDoNotDrop() throws IOException {
        Properties recorded = new Properties();
        try (InputStream in = getClass().getResourceAsStream("facts-ratchet.properties")) {
            recorded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertFalse(recorded.isEmpty());
        List<String> drops = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        try (ReportExtractor extractor = Extractors.defaultExtractor(ExtractLimits.defaults())) {
            for (String name : recorded.stringPropertyNames().stream().sorted().toList()) {
                Path file = Path.of("..", "samples", name);
                assertTrue(Files.exists(file), "sample missing: " + file);
                Report r = extractor.extract(file);
                long canonical = r.facts().stream().filter(f -> f.scope() != null && f.phase() != null).count();
                long min = Long.parseLong(recorded.getProperty(name).strip());
                table.append(String.format("%-60s facts %4d  scope+phase %4d  (recorded %d)%n", name,
                        r.facts().size(), canonical, min));
                if (canonical < min) {
                    drops.add(name + ": " + canonical + " < " + min);
                }
            }
        }
        System.out.print(table);
        assertTrue(drops.isEmpty(), "canonical fact counts dropped:\n" + String.join("\n", drops));
    }
}
