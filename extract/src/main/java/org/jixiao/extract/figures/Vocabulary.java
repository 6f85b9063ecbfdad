package org.jixiao.extract.figures;

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
 * The canonical vocabulary of GLOSSARY.md as data ({@code vocabulary.tsv}): printed labels mapped
 * to phases, scopes, funds, fund measures, column roles and document kinds. A label maps to the
 * canonical term whose synonym is the longest one it contains, so 调整后预算数 is a final budget
 * although it contains 调整.
 */
public final class Vocabulary {
    /** The kinds of terms in the file. */
    public static final String PHASE = "phase";
    public static final String COLUMN = "column";
    public static final String SCOPE = "scope";
    public static final String FUND = "fund";
    public static final String FUND_MEASURE = "fundmeasure";
    public static final String KIND = "kind";
    /** A part of a parent scope named by a word under the parent's header: "parent:word". */
    public static final String SUBSCOPE = "subscope";

    /** A synonym found in a text. */
    public record Hit(String canonical, String synonym, int start, int end) {
    }

    private record Term(String canonical, String synonym) {
    }

    private final Map<String, List<Term>> byKind;

    private Vocabulary(Map<String, List<Term>> byKind) {
        this.byKind = byKind;
    }

    /** The vocabulary shipped with jixiao. */
    public static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.tsv is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary.tsv", e);
        }
    }

    /** Reads "kind TAB canonical TAB syn|syn" lines; '#' starts a comment line. */
    public static Vocabulary parse(InputStream in) throws IOException {
        Validate.notNullParam(in, "in");
        Map<String, List<Term>> map = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            List<Term> terms = map.computeIfAbsent(f[0].trim(), k -> new ArrayList<>());
            for (String syn : f[2].split("\\|")) {
                if (!syn.isBlank()) {
                    terms.add(new Term(f[1].trim(), normalize(syn)));
                }
            }
        }
        // longest synonym first, so that the first hit at a position is the most specific
        map.values().forEach(l -> l.sort(Comparator.comparingInt((Term t) -> t.synonym().length()).reversed()));
        return new Vocabulary(map);
    }

    /**
     * The part of {@code parent} that a short header under it names (购置费 under 公务用车购置及运行费 is
     * sangong.vehicle.purchase), from the subscope lines of the vocabulary.
     */
    public Optional<String> subscope(String parent, String header) {
        String norm = normalize(header);
        for (Term t : byKind.getOrDefault(SUBSCOPE, List.of())) {
            int colon = t.synonym().indexOf(':');
            if (colon > 0 && t.synonym().substring(0, colon).equals(parent)
                    && norm.contains(t.synonym().substring(colon + 1))) {
                return Optional.of(t.canonical());
            }
        }
        return Optional.empty();
    }

    /** Label text without spaces, line breaks and quotes, brackets folded to ASCII. */
    public static String normalize(String label) {
        if (label == null) {
            return "";
        }
        return label.replaceAll("[\\s\\u00a0\\u3000“”\"‘’'「」]+", "")
                .replace('（', '(').replace('）', ')').replace('：', ':');
    }

    /** The canonical term of {@code kind} whose longest synonym {@code label} contains. */
    public Optional<String> match(String kind, String label) {
        return bestHit(kind, label).map(Hit::canonical);
    }

    /** Like {@link #match} with the synonym and its place in the normalized label. */
    public Optional<Hit> bestHit(String kind, String label) {
        String norm = normalize(label);
        if (norm.isEmpty()) {
            return Optional.empty();
        }
        for (Term t : byKind.getOrDefault(kind, List.of())) {
            int i = norm.indexOf(t.synonym());
            if (i >= 0) {
                return Optional.of(new Hit(t.canonical(), t.synonym(), i, i + t.synonym().length()));
            }
        }
        return Optional.empty();
    }

    /**
     * Every non-overlapping synonym of {@code kind} in {@code text} (not normalized: offsets are into
     * {@code text}), longest first at each position, in text order.
     */
    public List<Hit> findAll(String kind, String text) {
        Validate.notNullParam(text, "text");
        text = foldSameLength(text);
        List<Term> terms = byKind.getOrDefault(kind, List.of());
        boolean[] taken = new boolean[text.length()];
        List<Hit> hits = new ArrayList<>();
        for (Term t : terms) {
            int from = 0;
            for (int i = text.indexOf(t.synonym(), from); i >= 0; i = text.indexOf(t.synonym(), from)) {
                int end = i + t.synonym().length();
                if (!anyTaken(taken, i, end)) {
                    for (int k = i; k < end; k++) {
                        taken[k] = true;
                    }
                    hits.add(new Hit(t.canonical(), t.synonym(), i, end));
                }
                from = i + 1;
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /** The one canonical term of {@code kind} that {@code text} names; empty when it names none or several. */
    public Optional<String> oneOf(String kind, String text) {
        List<String> named = findAll(kind, text).stream().map(Hit::canonical).distinct().toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Brackets and colons folded as {@link #normalize} does, quotes blanked, one char for one. */
    private static String foldSameLength(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(switch (c) {
                case '（' -> '(';
                case '）' -> ')';
                case '：' -> ':';
                case '“', '”', '"', '‘', '’', '「', '」' -> ' ';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}
