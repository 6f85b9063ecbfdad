package org.jixiao.check.doc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.model.Evidence;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.jixiao.model.TableLayout;
import org.jixiao.model.Validate;

/**
 * The standard tables a budget or final account of its region must print are all there
 * ({@code standard-tables.tsv}: each region's list, named as the region names them, with the
 * table kinds extract decides from captions and headers — {@link TableLayout#kind()}; this rule
 * reads no caption). A table whose kind was not decided may be the one that seems missing: a table
 * is reported missing only when every table of the report is of another required kind (none
 * without a kind or of a kind the list lacks is left over). Regions and kinds without a list are
 * not evaluated.
 */
public final class RequiredTablesRule extends TalliedRule {
    public static final String ID = "completeness.tables";

    /** One required table: where it applies, its name there, and the table kinds that are it. */
    record Required(String region, String kind, String name, Set<String> tableKinds) {
    }

    private final List<Required> required;

    public RequiredTablesRule() {
        this(load());
    }

    RequiredTablesRule(List<Required> required) {
        this.required = List.copyOf(required);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "the report's region and kind, and the kinds of its tables";
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.TABLE_LAYOUTS);
    }


    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        String region = region(report);
        List<Required> list = required.stream()
                .filter(r -> region != null && region.startsWith(r.region()) && r.kind().equals(report.meta().kind()))
                .toList();
        if (list.isEmpty()) {
            tally.notEvaluated("no list of standard tables for this region and kind");
            return List.of();
        }
        List<String> kinds = report.tables().stream()
                .map(t -> t.layout() == null ? null : t.layout().kind()).toList();
        List<Required> missing = new ArrayList<>();
        boolean[] used = new boolean[kinds.size()];
        for (Required r : list) {
            boolean found = false;
            for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i) != null && r.tableKinds().contains(kinds.get(i))) {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found) {
                missing.add(r);
            }
        }
        int leftOver = 0;
        for (boolean u : used) {
            leftOver += u ? 0 : 1;
        }
        if (!missing.isEmpty() && leftOver > 0) {
            // a table of no or another kind may be the missing one: say nothing
            tally.notEvaluated("tables of no required kind");
            return List.of();
        }
        list.forEach(r -> tally.evaluated(!missing.contains(r)));
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> names = missing.stream().map(Required::name).toList();
        Table first = report.tables().isEmpty() ? null : report.tables().get(0);
        List<Evidence> ev = names.stream().map(n -> new Evidence("missing", n, null,
                first == null ? null : first.provenance(), n)).toList();
        return List.of(new Finding(report.id(), ID, Severity.WARNING,
                "缺少" + region + "该类报告应公开的表：" + String.join("、", names),
                "missing tables that a " + report.meta().kind() + " of " + region + " must print: "
                        + String.join(", ", names), null, null, null, null, ev));
    }

    private static String region(Report report) {
        if (report.meta().region() != null) {
            return report.meta().region();
        }
        return report.meta().title();
    }

    static List<Required> load() {
        try (InputStream in = RequiredTablesRule.class.getResourceAsStream("standard-tables.tsv")) {
            Validate.isTrue(in != null, "standard-tables.tsv missing from the classpath");
            List<Required> out = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Validate.isTrue(f.length == 4, "standard-tables.tsv: 4 fields expected: " + line);
                out.add(new Required(f[0], f[1], f[2], Set.of(f[3].split("\\|"))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard-tables.tsv", e);
        }
    }
}
