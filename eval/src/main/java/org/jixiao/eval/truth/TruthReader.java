package org.jixiao.eval.truth;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads truth files ({@code *.truth.yaml}). Rendition paths are relative to the folder above the
 * truth file's folder (the {@code eval/} folder: {@code eval/truth/x.truth.yaml} names
 * {@code corpus/…}). A file that does not parse, lacks a required field, repeats an id or names a
 * rendition that does not exist is refused with a {@link TruthFormatException} saying so.
 */
public final class TruthReader {
    public static final String SUFFIX = ".truth.yaml";
    /** More truth files than this under one path is a wrong path, not a corpus. */
    private static final int MAX_FILES = 10_000;

    private final ObjectMapper yaml;

    public TruthReader() {
        this.yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    }

    /** The truth files named by PATHs (files, or folders searched recursively), sorted by path. */
    public List<Path> find(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IOException("no such file or folder: " + p);
            }
            if (out.size() > MAX_FILES) {
                throw new IOException("more than " + MAX_FILES + " truth files under " + paths);
            }
        }
        return out;
    }

    public TruthFile read(Path file) throws TruthFormatException {
        Doc d;
        try {
            d = yaml.readValue(file.toFile(), Doc.class);
        } catch (JacksonException e) {
            throw new TruthFormatException(file, "not a truth file: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TruthFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        if (d == null) {
            throw new TruthFormatException(file, "empty", null);
        }
        return validate(file, d);
    }

    private TruthFile validate(Path file, Doc d) throws TruthFormatException {
        if (d.renditions() == null || d.renditions().isEmpty()) {
            throw new TruthFormatException(file, "no renditions", null);
        }
        Path base = file.toAbsolutePath().getParent().getParent();
        List<Path> renditions = new ArrayList<>();
        for (String r : d.renditions()) {
            Path p = base.resolve(r).normalize();
            if (!Files.isRegularFile(p)) {
                throw new TruthFormatException(file, "rendition not found: " + r + " (relative to " + base + ")", null);
            }
            renditions.add(p);
        }
        Set<String> ids = new HashSet<>();
        for (TruthFact f : orEmpty(d.facts())) {
            require(file, f.scope() != null && !f.scope().isBlank(), "fact " + f.id() + " has no scope");
            require(file, f.value() != null, "fact " + f.id() + " has no value");
            require(file, f.id() == null || ids.add(f.id()), "id " + f.id() + " repeated");
        }
        for (TruthDefect x : orEmpty(d.defects())) {
            require(file, x.family() != null, "defect " + x.id() + " has no family");
            require(file, x.severity().equals("error") || x.severity().equals("minor"),
                    "defect " + x.id() + ": severity must be error or minor, not " + x.severity());
            require(file, x.id() == null || ids.add(x.id()), "id " + x.id() + " repeated");
            for (TruthFigure g : x.figures()) {
                require(file, g != null && g.value() != null, "defect " + x.id() + " has a figure without value");
            }
        }
        for (TruthHold h : orEmpty(d.holds())) {
            require(file, h.id() == null || ids.add(h.id()), "id " + h.id() + " repeated");
            for (TruthFigure g : h.figures()) {
                require(file, g != null && g.value() != null, "hold " + h.id() + " has a figure without value");
            }
        }
        String name = file.getFileName().toString();
        name = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        return new TruthFile(name, d.report(), d.department(), d.year(), d.kind(), d.region(), renditions,
                d.labelling(), d.facts(), d.defects(), d.holds());
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static void require(Path file, boolean ok, String message) throws TruthFormatException {
        if (!ok) {
            throw new TruthFormatException(file, message, null);
        }
    }

    /** The file as written. */
    record Doc(String report, String department, Integer year, String kind, String region, List<String> renditions,
               Labelling labelling, List<TruthFact> facts, List<TruthDefect> defects, List<TruthHold> holds) {
    }
}
