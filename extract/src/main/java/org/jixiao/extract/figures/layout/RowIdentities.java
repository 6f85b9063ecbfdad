package org.jixiao.extract.figures.layout;

import org.jixiao.extract.figures.DataFile;

import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.RowNode;
import org.jixiao.model.TableLayout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The identities of row-identities.tsv between named rows of one column: a fund statement's 收入 − 支出
 * = 当期结余 and 期初 + 结余 = 期末, a final account's 年初结转和结余 + 本年收入 − 本年支出 − 结余分配 =
 * 年末结转和结余.
 */
final class RowIdentities {
    private record Identity(String rule, String result, List<List<String>> readings) {
    }

    private final Map<String, Pattern> rows;
    private final List<Identity> identities;

    private RowIdentities(Map<String, Pattern> rows, List<Identity> identities) {
        this.rows = rows;
        this.identities = identities;
    }

    static RowIdentities load() {
        Map<String, Pattern> rows = new LinkedHashMap<>();
        List<Identity> ids = new ArrayList<>();
        for (String[] f : DataFile.rows(RowIdentities.class, "row-identities.tsv")) {
            if (f[0].equals("row") && f.length == 3) {
                rows.put(f[1].trim(), Pattern.compile(f[2].trim()));
            } else if (f[0].equals("identity") && f.length == 4) {
                ids.add(new Identity(f[1].trim(), f[2].trim(), DataFile.readings(f[3])));
            }
        }
        return new RowIdentities(rows, ids);
    }

    void build(Terms terms, TableLayout layout, Consumer<Relation> out) {
        for (int panel : RowSums.panels(layout)) {
            List<RowNode> nodes = layout.rows().stream().filter(n -> n.panel() == panel).toList();
            for (ColumnMeaning c : layout.columns()) {
                if (c.panel() != panel || !Terms.isMoney(c)) {
                    continue;
                }
                for (Identity id : identities) {
                    Optional<RowNode> result = named(nodes, id.result());
                    RelationTerm printed = result.map(n -> terms.at(n, c, id.result(), 1)).orElse(null);
                    if (printed == null) {
                        continue;
                    }
                    List<Reading> readings = new ArrayList<>();
                    for (List<String> spec : id.readings()) {
                        reading(terms, nodes, c, spec).ifPresent(readings::add);
                    }
                    if (!readings.isEmpty()) {
                        out.accept(new Relation(null, id.rule(), printed, readings, "identity",
                                terms.caption() + " 「" + c.header() + "」列 " + result.get().label()));
                    }
                }
            }
        }
    }

    private Optional<Reading> reading(Terms terms, List<RowNode> nodes, ColumnMeaning c, List<String> spec) {
        List<RelationTerm> ts = new ArrayList<>();
        for (String s : spec) {
            String name = s.substring(1);
            Optional<RowNode> n = named(nodes, name);
            RelationTerm t = n.map(x -> terms.at(x, c, name, s.startsWith("-") ? -1 : 1)).orElse(null);
            if (t == null) {
                return Optional.empty();
            }
            ts.add(t);
        }
        return Optional.of(new Reading(String.join(" ", spec), ts, List.of()));
    }

    /** The first row whose label is the named row. */
    private Optional<RowNode> named(List<RowNode> nodes, String name) {
        Pattern p = rows.get(name);
        return p == null ? Optional.empty()
                : nodes.stream().filter(n -> p.matcher(RowTreeReader.bare(n.label())).find()).findFirst();
    }
}
