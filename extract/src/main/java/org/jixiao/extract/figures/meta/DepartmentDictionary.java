package org.jixiao.extract.figures.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.model.Validate;

/**
 * Our dictionary of department names ({@code departments.txt}): each full official name with the
 * short forms reports and file names print. Data, not code.
 */
public final class DepartmentDictionary {
    /** A name found in a text: the full official name and where the printed form stands. */
    public record Hit(String fullName, String printed, int start, int end) {
    }

    private final Map<String, String> fullByForm;
    private final List<String> formsLongestFirst;

    public DepartmentDictionary(Map<String, String> fullByForm) {
        this.fullByForm = Map.copyOf(Validate.notNullParam(fullByForm, "fullByForm"));
        List<String> forms = new ArrayList<>(this.fullByForm.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        this.formsLongestFirst = List.copyOf(forms);
    }

    public static DepartmentDictionary load() {
        try (InputStream in = DepartmentDictionary.class.getResourceAsStream("/org/jixiao/extract/figures/departments.txt")) {
            if (in == null) {
                throw new IllegalStateException("departments.txt is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read departments.txt", e);
        }
    }

    public static DepartmentDictionary parse(InputStream in) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String full = f[0].strip();
            map.put(full, full);
            if (f.length > 1) {
                for (String alias : f[1].split("\\|")) {
                    if (!alias.isBlank()) {
                        map.putIfAbsent(alias.strip(), full);
                    }
                }
            }
        }
        return new DepartmentDictionary(map);
    }

    /** Every full name and short form, for a segmenter's custom dictionary. */
    public List<String> forms() {
        return formsLongestFirst;
    }

    /** The full name a printed form stands for. */
    public Optional<String> fullName(String printed) {
        return Optional.ofNullable(fullByForm.get(printed));
    }

    /** The first (leftmost, then longest) known name in {@code text}. */
    public Optional<Hit> first(String text) {
        Hit best = null;
        for (String form : formsLongestFirst) {
            int i = text.indexOf(form);
            if (i >= 0 && (best == null || i < best.start())) {
                best = new Hit(fullByForm.get(form), form, i, i + form.length());
            }
        }
        return Optional.ofNullable(best);
    }
}
