package org.jixiao.extract.figures.layout;

import org.jixiao.extract.figures.DataFile;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The standard tables of table-kinds.tsv, matched by caption: the kind whose longest synonym the
 * normalized caption contains.
 */
public final class TableKinds {
    /** A caption's match: the kind and the synonym that decided it. */
    public record Match(TableKind kind, String synonym) {
    }

    private final List<TableKind> kinds;

    TableKinds(List<TableKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** The kinds shipped with jixiao. */
    public static TableKinds load() {
        return of(DataFile.rows(TableKinds.class, "table-kinds.tsv"));
    }

    static TableKinds parse(InputStream in) throws IOException {
        return of(DataFile.rows(in));
    }

    private static TableKinds of(List<String[]> rows) {
        List<TableKind> out = new ArrayList<>();
        for (String[] f : rows) {
            String line = String.join("\t", f);
            Validate.isTrue(f.length == 6, "table-kinds.tsv: 6 columns expected in: " + line);
            Validate.isTrue(f[4].trim().equals("yes") || f[4].trim().equals("no"), "table-kinds.tsv: caption dates is yes or no in: " + line);
            List<String> syn = Arrays.stream(f[5].split("\\|")).filter(s -> !s.isBlank()).map(Vocabulary::normalize).toList();
            out.add(new TableKind(f[0].trim(), dash(f[1]), list(f[2]), list(f[3]), f[4].trim().equals("yes"), syn));
        }
        return new TableKinds(out);
    }

    public List<TableKind> all() {
        return kinds;
    }

    public Optional<TableKind> byId(String id) {
        return kinds.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** The standard table a caption names, by its longest synonym. */
    public Optional<Match> match(String caption) {
        String norm = Vocabulary.normalize(caption);
        if (norm.isEmpty()) {
            return Optional.empty();
        }
        Match best = null;
        for (TableKind k : kinds) {
            for (String s : k.synonyms()) {
                if (norm.contains(s) && (best == null || s.length() > best.synonym().length())) {
                    best = new Match(k, s);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String dash(String s) {
        String t = s.trim();
        return t.equals("-") || t.isEmpty() ? null : t;
    }

    private static List<String> list(String s) {
        String t = s.trim();
        return t.equals("-") || t.isEmpty() ? List.of() : Arrays.stream(t.split(",")).map(String::trim).toList();
    }
}
