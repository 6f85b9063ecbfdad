package org.jixiao.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import org.jixiao.model.Validate;

/**
 * Terms that must come out of analysis as single tokens: department names and budget vocabulary.
 * Matching is leftmost-longest over an Aho-Corasick automaton (HanLP's), one instance per
 * dictionary: HanLP's own CustomDictionary is a process-wide static we leave alone.
 */
public final class DomainDictionary {
    /** Our own list of budget terms and department names, one per line ('#' comments). */
    public static final String TERMS_RESOURCE = "org/jixiao/index/analysis/terms.txt";
    /** The figures stage's department list, reused when it is on the class path. */
    public static final String DEPARTMENTS_RESOURCE = "org/jixiao/extract/figures/departments.txt";
    /**
     * The figures stage's vocabulary (printed labels → scope, phase, measure): its labels are our
     * budget terms, so the index reads the one vocabulary rather than keeping a copy.
     */
    public static final String VOCABULARY_RESOURCE = "org/jixiao/extract/figures/vocabulary.tsv";

    private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
    private final int size;

    public DomainDictionary(Collection<String> terms) {
        Validate.notNullParam(terms, "terms");
        TreeMap<String, String> map = new TreeMap<>();
        for (String t : terms) {
            String s = t == null ? "" : t.strip();
            if (s.codePointCount(0, s.length()) >= 2) {
                map.put(s, s);
            }
        }
        size = map.size();
        if (!map.isEmpty()) {
            trie.build(map);
        }
    }

    /**
     * The dictionary from our terms resource plus the figures stage's departments and vocabulary
     * labels, when present (they are in the jar; index unit tests run without them).
     */
    public static DomainDictionary standard() {
        ClassLoader cl = DomainDictionary.class.getClassLoader();
        List<String> terms = new ArrayList<>(readResource(cl, TERMS_RESOURCE));
        terms.addAll(readResource(cl, DEPARTMENTS_RESOURCE));
        terms.addAll(vocabularyLabels(cl, VOCABULARY_RESOURCE));
        return new DomainDictionary(terms);
    }

    /** The printed labels of a vocabulary file (kind TAB canonical TAB label|label|…). */
    static List<String> vocabularyLabels(ClassLoader cl, String name) {
        List<String> out = new ArrayList<>();
        for (String line : lines(cl, name)) {
            String[] cols = line.split("\t");
            if (!line.startsWith("#") && cols.length >= 3) {
                out.addAll(List.of(cols[2].split("\\|")));
            }
        }
        return out;
    }

    /** The first column of each line of a term list, comments left out. */
    static List<String> readResource(ClassLoader cl, String name) {
        List<String> out = new ArrayList<>();
        for (String line : lines(cl, name)) {
            String s = line.strip();
            int tab = s.indexOf('\t');
            if (tab > 0) {
                s = s.substring(0, tab).strip();
            }
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }

    /** The lines of a class path resource; none when it is not there. */
    private static List<String> lines(ClassLoader cl, String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = cl.getResourceAsStream(name)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary resource " + name, e);
        }
        return out;
    }

    public int size() {
        return size;
    }

    /**
     * Leftmost-longest, non-overlapping matches in {@code text}, as [start, end) pairs in order.
     */
    public List<int[]> matches(String text) {
        List<int[]> out = new ArrayList<>();
        if (size == 0 || text.isEmpty()) {
            return out;
        }
        // best[i] = end of the longest term starting at i
        int[] best = new int[text.length()];
        trie.parseText(text, (begin, end, value) -> {
            if (end > best[begin]) {
                best[begin] = end;
            }
        });
        int i = 0;
        while (i < text.length()) {
            if (best[i] > i) {
                out.add(new int[] {i, best[i]});
                i = best[i];
            } else {
                i++;
            }
        }
        return out;
    }

    /** Every match in {@code text}, overlapping and nested ones included, as [start, end) pairs. */
    public List<int[]> allMatches(String text) {
        List<int[]> out = new ArrayList<>();
        if (size > 0 && !text.isEmpty()) {
            trie.parseText(text, (begin, end, value) -> out.add(new int[] {begin, end}));
        }
        return out;
    }

    public boolean contains(String term) {
        return size > 0 && trie.exactMatchSearch(term) >= 0;
    }
}
