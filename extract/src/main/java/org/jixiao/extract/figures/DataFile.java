package org.jixiao.extract.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated data files of extract's vocabulary (table kinds, identities, year cues …): their
 * lines without blanks and # comments, split on tabs. One reader, so every file follows one format.
 */
public final class DataFile {
    private DataFile() {
    }

    /** The rows of resource {@code name} beside {@code owner}; fails fast when it is missing. */
    public static List<String[]> rows(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return rows(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The rows of a data file read from {@code in} (UTF-8). */
    public static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t"));
            }
        }
        return out;
    }

    /** An identity's readings, "a b|c d" → [[a, b], [c, d]]: alternatives by |, terms by spaces. */
    public static List<List<String>> readings(String field) {
        List<List<String>> out = new ArrayList<>();
        for (String reading : field.split("\\|")) {
            out.add(List.of(reading.trim().split("\\s+")));
        }
        return out;
    }
}
